// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace tsunagu::ui {

// Core's validation errors shown at the field they name (Error::field), right
// under it, in the user's language; nothing typed is touched. Used by the
// consultation and case dialogs (a candidate for ui/common).
class FieldErrors
{
public:
    explicit FieldErrors(QWidget *owner)
        : m_owner(owner)
    { }

    // `field` in a box with its (hidden) error label underneath and, when
    // given, `trailing` beside it and `below` under it (a hint): what goes
    // into the form.
    QWidget *wrap(QWidget *field, const QString &name, QWidget *trailing = nullptr, QWidget *below = nullptr);
    // Core reports `coreField`; show it at `name`.
    void alias(const QString &coreField, const QString &name) { m_aliases.insert(coreField, name); }

    QLabel *label(const QString &name) const { return m_labels.value(name); }
    void clear();
    // Shows the error under its field and moves the focus there; false when
    // no field has that name (the caller says it another way).
    bool show(const Error &error);

private:
    QWidget *m_owner;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QString> m_aliases;
};

} // namespace tsunagu::ui
