// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/FieldValues.h"

#include "common/Clock.h"
#include "domain/Enums.h"
#include "ui/common/DateFormat.h"

#include <QDate>

#include <utility>

namespace tsunagu::ui {

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

} // namespace

FieldValues::FieldValues(QHash<qint64, QString> staffNames)
    : m_staff(std::move(staffNames))
{ }

QString FieldValues::text(const QString &table, const QString &column, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(empty)");
    const QString raw = value.isString() ? value.toString() : value.toVariant().toString();
    const QString separator = tr(", ", "separator between values");

    if (isOneOf(column, { "confidential_address", "stop_use", "exclude_from_statistics", "needs_attention", "active" }))
        return value.toVariant().toBool() ? tr("Yes") : tr("No");
    if (isOneOf(column,
            { "birth_date", "opened_on", "closed_on", "next_follow_up", "due_on", "done_on", "follow_up_on" })) {
        const QDate date = QDate::fromString(raw, Qt::ISODate);
        return date.isValid() ? DateFormat::display(date) : raw;
    }
    if (column == QLatin1String("started_at")) {
        const auto ms = static_cast<qint64>(value.toDouble());
        return DateFormat::display(jst::dateOf(ms)) + QLatin1Char(' ')
            + jst::toLocal(ms).time().toString(QStringLiteral("HH:mm"));
    }
    if (column == QLatin1String("staff_id")) {
        const auto id = static_cast<qint64>(value.toDouble());
        return m_staff.value(id, tr("Staff #%1").arg(id));
    }
    if (isOneOf(column, { "case_id", "consent_id", "disclosure_id" }))
        return tr("#%1", "a record number").arg(raw);

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
    }
    if (column == QLatin1String("attendees"))
        return setLabels<Attendee>(raw, separator);
    if (column == QLatin1String("topics"))
        return setLabels<Topic>(raw, separator);
    if (column == QLatin1String("categories"))
        return setLabels<DataCategory>(raw, separator);
    return raw;
}

} // namespace tsunagu::ui
