// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextFallbackTranslator.h"

#include <QByteArray>

namespace tsunagu {

QString ContextFallbackTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isEmpty() || !context)
        return text;
    QByteArray scope(context);
    for (qsizetype cut = scope.lastIndexOf("::"); cut > 0; cut = scope.lastIndexOf("::")) {
        scope.truncate(cut);
        text = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace tsunagu
