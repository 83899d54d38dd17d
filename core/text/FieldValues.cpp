// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/FieldValues.h"

#include "common/Clock.h"
#include "domain/Enums.h"
#include "text/FieldLabels.h"

#include <QLocale>
#include <QStringList>

#include <utility>

namespace tsunagu {

namespace {

template <typename E> QString enumLabel(const QString &code)
{
    const std::optional<E> value = fromCode<E>(code);
    return value ? label(*value) : code;
}

template <typename E> QString setLabels(const QString &codes, const QString &separator)
{
    const std::optional<EnumSet<E>> set = EnumSet<E>::fromCodes(codes);
    return set ? set->toLabels(separator) : codes;
}

bool isOneOf(const QString &column, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (column == QLatin1String(name))
            return true;
    }
    return false;
}

qint64 integer(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : static_cast<qint64>(value.toDouble());
}

// A recipient kind as a disclosure record keeps it: "agency:hello_work",
// "contact:mother".
QString recipientKind(const QString &code)
{
    const qsizetype colon = code.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return code;
    const QString kind = code.left(colon);
    const QString value = code.mid(colon + 1);
    if (kind == QLatin1String("agency"))
        return enumLabel<AgencyKind>(value);
    if (kind == QLatin1String("contact"))
        return enumLabel<Relationship>(value);
    return code;
}

} // namespace

QString FieldValues::japaneseDate(QDate date)
{
    if (!date.isValid())
        return {};
    return QLocale(QLocale::Japanese, QLocale::Japan).toString(date, QStringLiteral("yyyy年M月d日"));
}

QString FieldValues::englishDate(QDate date)
{
    if (!date.isValid())
        return {};
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

FieldValues::FieldValues(QHash<qint64, QString> staffNames, DateText dateText)
    : m_staff(std::move(staffNames))
    , m_dateText(dateText ? std::move(dateText) : DateText(japaneseDate))
{ }

void FieldValues::setAgencyNames(QHash<qint64, QString> agencyNames)
{
    m_agencies = std::move(agencyNames);
}

QString FieldValues::date(QDate date) const
{
    return date.isValid() ? m_dateText(date) : QString();
}

QString FieldValues::dateTime(qint64 ms) const
{
    return date(jst::dateOf(ms)) + QLatin1Char(' ') + jst::toLocal(ms).time().toString(QStringLiteral("HH:mm"));
}

QString FieldValues::yesNo(bool value)
{
    return value ? QCoreApplication::translate("tsunagu::ui::FieldValues", "Yes")
                 : QCoreApplication::translate("tsunagu::ui::FieldValues", "No");
}

QString FieldValues::empty()
{
    return QCoreApplication::translate("tsunagu::ui::FieldValues", "(empty)");
}

QString FieldValues::text(const QString &table, const QString &column, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return empty();
    const QString raw = value.isString() ? value.toString() : value.toVariant().toString();
    const QString separator = QCoreApplication::translate("tsunagu::ui::FieldValues", ", ", "separator between values");

    if (isOneOf(column, { "confidential_address", "stop_use", "exclude_from_statistics", "needs_attention", "active" }))
        return yesNo(value.toVariant().toBool());
    if (isOneOf(column,
            { "birth_date", "opened_on", "closed_on", "next_follow_up", "due_on", "done_on", "follow_up_on" })) {
        const QDate d = QDate::fromString(raw, Qt::ISODate);
        return d.isValid() ? date(d) : raw;
    }
    if (column == QLatin1String("started_at"))
        return dateTime(static_cast<qint64>(value.toDouble()));
    if (column == QLatin1String("staff_id")) {
        const auto id = static_cast<qint64>(value.toDouble());
        return m_staff.value(id, QCoreApplication::translate("tsunagu::ui::FieldValues", "Staff #%1").arg(id));
    }
    if (isOneOf(column, { "case_id", "consent_id", "disclosure_id" }))
        return QCoreApplication::translate("tsunagu::ui::FieldValues", "#%1", "a record number").arg(raw);

    if (column == QLatin1String("sex"))
        return enumLabel<Sex>(raw);
    if (column == QLatin1String("certificate_kind"))
        return enumLabel<CertificateKind>(raw);
    if (column == QLatin1String("employment_status"))
        return enumLabel<EmploymentStatus>(raw);
    if (column == QLatin1String("channel"))
        return enumLabel<Channel>(raw);
    if (column == QLatin1String("goal"))
        return enumLabel<CaseGoal>(raw);
    if (column == QLatin1String("stage"))
        return enumLabel<CaseStage>(raw);
    if (column == QLatin1String("outcome"))
        return enumLabel<CaseOutcome>(raw);
    if (column == QLatin1String("result"))
        return enumLabel<MilestoneResult>(raw);
    if (column == QLatin1String("disease_group"))
        return enumLabel<DiseaseGroup>(raw);
    if (column == QLatin1String("relationship"))
        return enumLabel<Relationship>(raw);
    if (column == QLatin1String("purpose"))
        return enumLabel<Purpose>(raw);
    if (column == QLatin1String("status"))
        return enumLabel<ReferralStatus>(raw);
    if (column == QLatin1String("kind")) {
        if (table == QLatin1String("consultations"))
            return enumLabel<ConsultationKind>(raw);
        if (table == QLatin1String("case_milestones"))
            return enumLabel<MilestoneKind>(raw);
        if (table == QLatin1String("agencies"))
            return enumLabel<AgencyKind>(raw);
        if (table == QLatin1String("consents")) {
            if (raw == QLatin1String("disclosure"))
                return tr("Giving information to others");
            if (raw == QLatin1String("health_acquisition"))
                return tr("Recording health information");
        }
        if (table == QLatin1String("drafts") && raw == QLatin1String("consultation"))
            return FieldLabels::record(QStringLiteral("consultations"));
    }
    if (column == QLatin1String("attendees"))
        return setLabels<Attendee>(raw, separator);
    if (column == QLatin1String("topics"))
        return setLabels<Topic>(raw, separator);
    if (column == QLatin1String("categories"))
        return setLabels<DataCategory>(raw, separator);

    // Columns the history never lists; the access report shows them.
    if (table == QLatin1String("consents") && column == QLatin1String("given_at"))
        return date(jst::dateOf(integer(value))); // the first day covered
    if (table == QLatin1String("consents") && column == QLatin1String("expires_at"))
        return date(jst::dateOf(integer(value) - 1)); // the last day covered
    if (column == QLatin1String("retain_until"))
        return date(jst::dateOf(integer(value)));
    if (isOneOf(column, { "created_at", "updated_at", "at", "withdrawn_at", "erased_at" }))
        return dateTime(integer(value));
    if (isOneOf(column, { "created_by", "updated_by", "withdrawn_by", "recorded_by" })) {
        const qint64 id = integer(value);
        return m_staff.value(id, QCoreApplication::translate("tsunagu::ui::FieldValues", "Staff #%1").arg(id));
    }
    if (isOneOf(column, { "referral_id", "entity_id" }))
        return QCoreApplication::translate("tsunagu::ui::FieldValues", "#%1", "a record number").arg(raw);
    if (column == QLatin1String("agency_id")) {
        const qint64 id = integer(value);
        return m_agencies.value(id, tr("Agency #%1").arg(id));
    }
    if (column == QLatin1String("purposes"))
        return setLabels<Purpose>(raw, separator);
    if (column == QLatin1String("method")) {
        if (table == QLatin1String("consents"))
            return enumLabel<ConsentMethod>(raw);
        if (table == QLatin1String("disclosures"))
            return enumLabel<DisclosureMethod>(raw);
    }
    if (column == QLatin1String("given_by")) {
        if (raw == QLatin1String("self"))
            return tr("The person themselves");
        if (raw == QLatin1String("representative"))
            return tr("A representative");
    }
    if (column == QLatin1String("basis")) {
        if (raw == QLatin1String("consent"))
            return tr("With the person's consent");
        if (raw == QLatin1String("exception"))
            return tr("Without consent, on a ground the law permits");
    }
    if (column == QLatin1String("exception_ground"))
        return enumLabel<StatutoryException>(raw);
    if (column == QLatin1String("recipient_kind"))
        return recipientKind(raw);
    if (column == QLatin1String("intake_age_band")) {
        const qint64 band = integer(value);
        if (band < 20)
            return tr("Under 20");
        if (band >= 70)
            return tr("70 and over");
        return tr("%1 to %2", "an age band").arg(band).arg(band + 9);
    }
    if (table == QLatin1String("revisions") && column == QLatin1String("entity"))
        return FieldLabels::record(raw);
    return raw;
}

} // namespace tsunagu
