// SPDX-License-Identifier: GPL-3.0-or-later
#include "JapaneseDate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tsunagu::importer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::importer::JapaneseDate", text);
}

// Full-width digits and letters to ASCII, ㍼ to 昭和; latin letters in lower case.
QString normalized(QStringView text)
{
    return text.trimmed().toString().normalized(QString::NormalizationForm_KC).toLower();
}

QString withoutSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

std::unexpected<Error> invalid(const QString &message)
{
    return fail(ErrorCode::Invalid, message);
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

const JapaneseDate::Era *eraByName(const QString &name)
{
    for (const JapaneseDate::Era &era : JapaneseDate::eras()) {
        const QString full = QString::fromUtf16(era.name);
        if (name == full || name == full.left(1)
            || (name.size() == 1 && name.at(0) == QChar(QLatin1Char(era.letter)).toLower()))
            return &era;
    }
    return nullptr;
}

Result<QDate> makeDate(const JapaneseDate::Era *era, int year, int month, int day, QStringView original)
{
    const QString shown = original.trimmed().left(40).toString();
    if (era && year < 1)
        return invalid(tr("\"%1\" is not a date: an era year starts at 1 (元年).").arg(shown));
    // 明治元年 is 1868, though the table starts it at the adoption of the Gregorian calendar.
    const int eraFirstYear = era ? (era->letter == 'M' ? 1868 : era->first.year()) : 0;
    const QDate date(era ? eraFirstYear - 1 + year : year, month, day);
    if (!date.isValid())
        return invalid(tr("\"%1\" is not a date that exists.").arg(shown));
    if (!era)
        return date;
    const QString name = QString::fromUtf16(era->name);
    if (date < era->first && era->letter == 'M')
        return invalid(tr("\"%1\": dates before 明治6年 (1873) were in the old lunisolar calendar; enter the date "
                          "in the Western calendar.")
                           .arg(shown));
    if (date < era->first)
        return invalid(tr("\"%1\" is before %2 began (%3).").arg(shown, name, iso(era->first)));
    if (era->last.isValid() && date > era->last)
        return invalid(tr("\"%1\" does not exist: %2 ended on %3.").arg(shown, name, iso(era->last)));
    return date;
}

// A time at the end, after a space, a T or 日: "2026/4/1 10:30", "2026-04-01T10:30:00", "令和8年4月1日14時30分".
const QRegularExpression &trailingTime()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:\\s+|t|(?<=日))((?:午前|午後|am|pm)?\\s*\\d{1,2}(?::\\d{2}(?::\\d{2})?|時(?:\\d{1,2}分?)?(?:\\d{1,2}秒)?)"
        "\\s*(?:am|pm)?)$"));
    return re;
}

} // namespace

const std::vector<JapaneseDate::Era> &JapaneseDate::eras()
{
    static const std::vector<Era> all {
        { u"明治", 'M', QDate(1873, 1, 1), QDate(1912, 7, 29) },
        { u"大正", 'T', QDate(1912, 7, 30), QDate(1926, 12, 24) },
        { u"昭和", 'S', QDate(1926, 12, 25), QDate(1989, 1, 7) },
        { u"平成", 'H', QDate(1989, 1, 8), QDate(2019, 4, 30) },
        { u"令和", 'R', QDate(2019, 5, 1), QDate() },
    };
    return all;
}

Result<QDate> JapaneseDate::parseDate(QStringView text)
{
    QString s = normalized(text);
    const QString shown = text.trimmed().left(40).toString();
    if (s.isEmpty())
        return invalid(tr("The date is empty."));
    // Excel writes "1980/4/1 0:00" for a date cell formatted with a time.
    if (auto m = trailingTime().match(s); m.hasMatch()) {
        auto time = parseTime(m.captured(1));
        if (!time || *time != QTime(0, 0))
            return invalid(tr("\"%1\": a date without a time is expected here.").arg(shown));
        s = s.left(m.capturedStart(0));
    }
    s = withoutSpaces(s);

    // 19800401
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (auto m = compact.match(s); m.hasMatch())
        return makeDate(nullptr, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), text);

    // s550401
    static const QRegularExpression compactEra(QStringLiteral("^([mtshr])(\\d{2})(\\d{2})(\\d{2})$"));
    if (auto m = compactEra.match(s); m.hasMatch())
        return makeDate(
            eraByName(m.captured(1)), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), text);

    // 1980-04-01, 1980/4/1, 1980年4月1日, 昭和55年4月1日, S55.4.1, 令和元年5月1日
    static const QRegularExpression general(
        QStringLiteral("^(?:(明治|大正|昭和|平成|令和|明|大|昭|平|令|[mtshr])(元|\\d{1,2})|(\\d{4}))"
                       "[年./\\-](\\d{1,2})[月./\\-](\\d{1,2})日?$"));
    if (auto m = general.match(s); m.hasMatch()) {
        const JapaneseDate::Era *era = m.captured(1).isEmpty() ? nullptr : eraByName(m.captured(1));
        const int year = m.captured(1).isEmpty()    ? m.captured(3).toInt()
            : m.captured(2) == QStringLiteral("元") ? 1
                                                    : m.captured(2).toInt();
        return makeDate(era, year, m.captured(4).toInt(), m.captured(5).toInt(), text);
    }

    static const QRegularExpression twoDigitYear(QStringLiteral("^\\d{1,2}[./\\-]\\d{1,2}[./\\-]\\d{1,2}$"));
    if (twoDigitYear.match(s).hasMatch())
        return invalid(tr("\"%1\": write the year with four digits (1980/4/1) or with an era (S55.4.1).").arg(shown));
    static const QRegularExpression serial(QStringLiteral("^\\d{5}$"));
    if (serial.match(s).hasMatch())
        return invalid(tr("\"%1\" looks like an Excel date serial number: format the column as a date in Excel "
                          "(e.g. yyyy/m/d) and save the CSV again.")
                           .arg(shown));
    return invalid(tr("\"%1\" is not a date. Write it as 1980/4/1, 1980-04-01, 19800401, 昭和55年4月1日 or "
                      "S55.4.1.")
                       .arg(shown));
}

Result<QTime> JapaneseDate::parseTime(QStringView text)
{
    const QString s = withoutSpaces(normalized(text));
    const QString shown = text.trimmed().left(20).toString();
    static const QRegularExpression re(QStringLiteral(
        "^(午前|午後|am|pm)?(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?|時(?:(\\d{1,2})分?)?(?:(\\d{1,2})秒)?)(am|pm)?$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return invalid(tr("\"%1\" is not a time. Write it as 14:30 or 14時30分.").arg(shown));
    int hour = m.captured(2).toInt();
    const int minute = !m.captured(3).isEmpty() ? m.captured(3).toInt() : m.captured(5).toInt();
    const int second = !m.captured(4).isEmpty() ? m.captured(4).toInt() : m.captured(6).toInt();
    const QString half = m.captured(1).isEmpty() ? m.captured(7) : m.captured(1);
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return invalid(tr("\"%1\" is not a time: with 午前/午後 (AM/PM) the hour is 1 to 12.").arg(shown));
        const bool afternoon = half == QStringLiteral("午後") || half == QLatin1String("pm");
        hour = (hour % 12) + (afternoon ? 12 : 0);
    }
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return invalid(tr("\"%1\" is not a time that exists.").arg(shown));
    return time;
}

Result<DateAndTime> JapaneseDate::parseDateTime(QStringView text)
{
    const QString s = normalized(text);
    DateAndTime value;
    QString datePart = s;
    if (auto m = trailingTime().match(s); m.hasMatch()) {
        auto time = parseTime(m.captured(1));
        if (!time)
            return fail(time.error());
        value.time = *time;
        datePart = s.left(m.capturedStart(0));
    }
    auto date = parseDate(datePart);
    if (!date)
        return fail(date.error());
    value.date = *date;
    return value;
}

} // namespace tsunagu::importer
