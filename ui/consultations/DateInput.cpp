// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consultations/DateInput.h"

#include "ui/common/DateFormat.h"

#include <QLocale>
#include <QRegularExpression>

namespace tsunagu::ui {

DateInput::DateInput(QWidget *parent)
    : QLineEdit(parent)
    , m_reference(QDate::currentDate())
{
    setPlaceholderText(tr("e.g. 2026-12-01, 12/1 or +7"));
    connect(this, &QLineEdit::textChanged, this, &DateInput::dateChanged);
}

std::optional<QDate> DateInput::date() const
{
    return parse(text(), m_reference);
}

bool DateInput::isAcceptable() const
{
    return text().trimmed().isEmpty() || date().has_value();
}

QString DateInput::hint() const
{
    if (text().trimmed().isEmpty())
        return {};
    const auto read = date();
    if (!read)
        return tr("not a date yet");
    return DateFormat::display(*read) + QStringLiteral(" (")
        + QLocale().dayName(read->dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(')');
}

void DateInput::setDate(const std::optional<QDate> &date)
{
    setText(date && date->isValid() ? date->toString(Qt::ISODate) : QString());
}

void DateInput::setReferenceDate(QDate date)
{
    if (date == m_reference)
        return;
    m_reference = date;
    emit dateChanged();
}

std::optional<QDate> DateInput::parse(const QString &text, QDate reference)
{
    // NFKC: full-width digits and signs become ASCII.
    const QString s = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    if (s.isEmpty())
        return std::nullopt;

    static const QRegularExpression relative(QStringLiteral("^\\+\\s*(\\d{1,4})\\s*([dwm日週月]?)$"));
    if (const auto m = relative.match(s); m.hasMatch()) {
        if (!reference.isValid())
            return std::nullopt;
        const int n = m.captured(1).toInt();
        const QString unit = m.captured(2);
        if (unit == QLatin1String("w") || unit == QStringLiteral("週"))
            return reference.addDays(7 * qint64 { n });
        if (unit == QLatin1String("m") || unit == QStringLiteral("月"))
            return reference.addMonths(n);
        return reference.addDays(n);
    }

    static const QRegularExpression full(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    if (const auto m = full.match(s); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }

    static const QRegularExpression monthDay(QStringLiteral("^(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    if (const auto m = monthDay.match(s); m.hasMatch()) {
        if (!reference.isValid())
            return std::nullopt;
        const int month = m.captured(1).toInt();
        const int day = m.captured(2).toInt();
        QDate d(reference.year(), month, day);
        if (!d.isValid() || d < reference)
            d = QDate(reference.year() + 1, month, day);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace tsunagu::ui
