// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace tsunagu {

// A translator that, when a message is missing from its context, looks it up
// in the enclosing namespaces too: "tsunagu::storage::Database" → "tsunagu::storage"
// → "tsunagu".
//
// Why: core translates through file-local helpers, e.g.
//     QString tr(const char *t) { return QCoreApplication::translate("tsunagu::storage::Database", t); }
// and lupdate files each call under the class or namespace it is written in,
// not under the helper's context. A message written in a free function of
// namespace tsunagu::storage is therefore catalogued as "tsunagu::storage".
class ContextFallbackTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override;
};

} // namespace tsunagu
