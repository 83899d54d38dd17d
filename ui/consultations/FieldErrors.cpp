// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consultations/FieldErrors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tsunagu::ui {

QWidget *FieldErrors::wrap(QWidget *field, const QString &name, QWidget *trailing, QWidget *below)
{
    auto *box = new QWidget(m_owner);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (trailing) {
        auto *row = new QHBoxLayout;
        row->addWidget(field);
        row->addWidget(trailing, 1);
        layout->addLayout(row);
    } else {
        layout->addWidget(field);
    }
    if (below)
        layout->addWidget(below);
    auto *error = new QLabel(box);
    error->setObjectName(name + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    error->hide();
    layout->addWidget(error);
    m_labels.insert(name, error);
    m_fields.insert(name, field);
    return box;
}

void FieldErrors::clear()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        it.value()->hide();
        it.value()->clear();
        if (QWidget *field = m_fields.value(it.key()))
            field->setAccessibleDescription(QString());
    }
}

bool FieldErrors::show(const Error &error)
{
    const QString name = m_aliases.value(error.field, error.field);
    QLabel *label = m_labels.value(name);
    if (!label)
        return false;
    label->setText(error.message);
    label->show();
    QWidget *field = m_fields.value(name);
    field->setAccessibleDescription(error.message);
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace tsunagu::ui
