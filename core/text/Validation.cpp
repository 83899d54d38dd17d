// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include <QCoreApplication>

namespace tsunagu::text {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::text::Validation", text);
}

bool isForbidden(char32_t c, Lines lines)
{
    if (c == U'\n' || c == U'\t')
        return lines == Lines::Single && c == U'\n';
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true; // C0 and C1 controls
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        return true; // non-characters
    if (c == 0x2028 || c == 0x2029)
        return lines == Lines::Single;
    // Bidirectional overrides and isolates can disguise text.
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return true;
    return false;
}
} // namespace

QString fieldLabel(const char *label)
{
    return QCoreApplication::translate("tsunagu::Fields", label);
}

Result<QString> cleanText(QStringView value, const TextRule &rule)
{
    const QString field = QString::fromLatin1(rule.field);
    QString text = value.toString();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (rule.lines == Lines::Multi)
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text = text.trimmed();

    const auto ucs4 = text.toUcs4();
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return fail(ErrorCode::Invalid, tr("%1 contains a broken character.").arg(fieldLabel(rule.label)),
                            field);
            ++i;
        } else if (c.isLowSurrogate()) {
            return fail(ErrorCode::Invalid, tr("%1 contains a broken character.").arg(fieldLabel(rule.label)), field);
        }
    }
    for (char32_t c : ucs4) {
        if (isForbidden(c, rule.lines)) {
            const QString message = (c == U'\n')
                ? tr("%1 must be on one line.").arg(fieldLabel(rule.label))
                : tr("%1 contains an invisible control character (U+%2). Remove it and try again.")
                      .arg(fieldLabel(rule.label))
                      .arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
            return fail(ErrorCode::Invalid, message, field);
        }
    }
    if (rule.required && text.isEmpty())
        return fail(ErrorCode::Invalid, tr("%1 is required.").arg(fieldLabel(rule.label)), field);
    if (text.size() > rule.maxLength)
        return fail(ErrorCode::Invalid,
                    tr("%1 is too long (%2 characters; at most %3).")
                        .arg(fieldLabel(rule.label))
                        .arg(text.size())
                        .arg(rule.maxLength),
                    field);
    return text;
}

Result<std::optional<QString>> cleanOptionalText(QStringView value, const TextRule &rule)
{
    auto cleaned = cleanText(value, rule);
    if (!cleaned)
        return fail(cleaned.error());
    if (cleaned->isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(*cleaned);
}

Result<QDate> parseIsoDate(QStringView value, const char *field, const char *label)
{
    const QDate date = QDate::fromString(value.trimmed().toString(), Qt::ISODate);
    if (!date.isValid() || value.trimmed().size() != 10)
        return fail(ErrorCode::Invalid,
                    tr("%1: \"%2\" is not a valid date (use YYYY-MM-DD).").arg(fieldLabel(label), value.left(40)),
                    QString::fromLatin1(field));
    return date;
}

Status checkBirthDate(QDate date, QDate today)
{
    const QString field = QStringLiteral("birth_date");
    if (!date.isValid())
        return fail(ErrorCode::Invalid, tr("The birth date is not a valid date."), field);
    if (date > today)
        return fail(ErrorCode::Invalid, tr("The birth date is in the future."), field);
    if (date.year() < 1900)
        return fail(ErrorCode::Invalid, tr("The birth date is before 1900."), field);
    return {};
}

Status checkEmail(QStringView email)
{
    const qsizetype at = email.indexOf(u'@');
    const bool ok = at > 0 && at == email.lastIndexOf(u'@') && at < email.size() - 1
        && !email.contains(u' ') && email.mid(at + 1).contains(u'.');
    if (!ok)
        return fail(ErrorCode::Invalid, tr("\"%1\" is not an e-mail address.").arg(email.left(60)),
                    QStringLiteral("email"));
    return {};
}

} // namespace tsunagu::text
