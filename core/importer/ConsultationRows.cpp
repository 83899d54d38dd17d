// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsultationRows.h"

#include "importer/JapaneseDate.h"
#include "importer/Vocabulary.h"
#include "repo/ConsultationRepository.h"
#include "storage/Database.h"
#include "text/Normalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tsunagu::importer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::importer::ConsultationRows", text);
}

constexpr ImportKind kind = ImportKind::Consultations;

bool isBlank(const QString &value)
{
    return value.trimmed().isEmpty() || Vocabulary::isPlaceholder(value);
}

} // namespace

Status ConsultationRows::prepare()
{
    if (Status s = m_clients.load(session().db()); !s)
        return s;
    auto staff = storage::prepare(session().db(), QStringLiteral("SELECT id, name FROM staff"));
    if (!staff)
        return fail(staff.error());
    if (Status s = storage::exec(*staff); !s)
        return s;
    while (staff->next())
        m_staffByName.insert(text::searchKey(staff->value(1).toString()), staff->value(0).toLongLong());
    auto q = storage::prepare(session().db(),
        QStringLiteral("SELECT id FROM consultations WHERE client_id = ? AND started_at = ? AND channel = ? AND notes "
                       "= ? LIMIT 1"));
    if (!q)
        return fail(q.error());
    m_existing = std::move(*q);
    return {};
}

std::optional<qint64> ConsultationRows::findClient(const SourceRow &row, QStringList &reasons) const
{
    const QString externalId = ClientIndex::normalizedId(cleanCell(row, Field::ClientExternalId));
    if (!externalId.isEmpty()) {
        const auto known = m_clients.byExternalId(externalId);
        if (!known) {
            reasons << reason(kind, Field::ClientExternalId,
                tr("no client has the ID \"%1\". Import the client list first.").arg(externalId));
            return std::nullopt;
        }
        if (known->erased) {
            reasons << reason(kind, Field::ClientExternalId,
                tr("client %1 was erased at the person's request; nothing more is recorded about them.")
                    .arg(known->id));
            return std::nullopt;
        }
        return known->id;
    }
    const QString birthText = row.raw(Field::ClientBirthDate);
    const QString name = cleanCell(row, Field::ClientName);
    const QString reading = cleanCell(row, Field::ClientReading);
    if (isBlank(birthText) || (name.isEmpty() && reading.isEmpty())) {
        reasons << tr("Whose consultation is this? Give the client's ID, or their name and birth date.");
        return std::nullopt;
    }
    auto birth = JapaneseDate::parseDate(birthText);
    if (!birth) {
        reasons << reason(kind, Field::ClientBirthDate, birth.error().message);
        return std::nullopt;
    }
    const auto found = m_clients.samePerson({}, text::searchKey(name), text::searchKey(reading), *birth, {});
    if (found.isEmpty()) {
        reasons << tr("No client is called \"%1\" with the birth date %2. Import the client list first.")
                       .arg((name.isEmpty() ? reading : name).left(40), birth->toString(Qt::ISODate));
        return std::nullopt;
    }
    if (found.size() > 1) {
        reasons << tr("%1 clients have this name and birth date; use a client ID column to say which one.")
                       .arg(found.size());
        return std::nullopt;
    }
    return found.first().id;
}

RowOutcome ConsultationRows::check(const SourceRow &row)
{
    QStringList reasons;
    Consultation c;
    const std::optional<qint64> client = findClient(row, reasons);
    c.clientId = client.value_or(0);

    const QString dateText = row.raw(Field::Date);
    std::optional<DateAndTime> when;
    if (isBlank(dateText)) {
        reasons << reason(kind, Field::Date, tr("the date is empty."));
    } else if (auto parsed = JapaneseDate::parseDateTime(dateText); parsed) {
        when = *parsed;
    } else {
        reasons << reason(kind, Field::Date, parsed.error().message);
    }
    if (const QString timeText = row.raw(Field::Time); when && !isBlank(timeText)) {
        if (auto time = JapaneseDate::parseTime(timeText); time)
            when->time = *time;
        else
            reasons << reason(kind, Field::Time, time.error().message);
    }
    if (when) // A date without a time is kept at the start of that day (Japan time).
        c.startedAt = QDateTime(when->date, when->time.value_or(QTime(0, 0)), jst::zone()).toMSecsSinceEpoch();

    if (const QString duration = row.raw(Field::Duration); !isBlank(duration)) {
        if (auto minutes = Vocabulary::minutes(duration))
            c.durationMin = *minutes;
        else
            reasons << reason(kind, Field::Duration,
                tr("\"%1\" is not a duration (write 60, 60分 or 1時間).").arg(duration.trimmed().left(20)));
    }
    if (auto channel = choice<Channel>(kind, row, Field::Channel, &Vocabulary::channel, "channel", reasons))
        c.channel = *channel;
    else if (isEmptyChoice(row.raw(Field::Channel).trimmed()))
        reasons << reason(
            kind, Field::Channel, tr("the channel is empty (来所, 電話, オンライン, メール, 訪問 or 同行)."));
    const bool kindDefaulted = isEmptyChoice(row.raw(Field::ConsultationKind).trimmed());
    if (auto k = choice<ConsultationKind>(
            kind, row, Field::ConsultationKind, &Vocabulary::consultationKind, "consultation_kind", reasons))
        c.kind = *k;
    static const QRegularExpression topicSeparators(QStringLiteral("[、,，/／;；\\n]"));
    for (const QString &part : row.raw(Field::Topics).split(topicSeparators, Qt::SkipEmptyParts)) {
        if (isEmptyChoice(part.trimmed()))
            continue;
        if (auto topic = Vocabulary::topic(part))
            c.topics.insert(*topic);
        else
            reasons << notOneOf(kind, Field::Topics, part.trimmed(), "topic");
    }
    c.notes = cleanCell(row, Field::Notes, text::Lines::Multi);
    c.nextSteps = cleanCell(row, Field::NextSteps, text::Lines::Multi);
    if (const QString follow = row.raw(Field::FollowUpOn); !isBlank(follow)) {
        if (auto date = JapaneseDate::parseDate(follow); date)
            c.followUpOn = *date;
        else
            reasons << reason(kind, Field::FollowUpOn, date.error().message);
    }
    if (const QString staff = cleanCell(row, Field::Staff); !staff.isEmpty()) {
        if (auto it = m_staffByName.constFind(text::searchKey(staff)); it != m_staffByName.constEnd())
            c.staffId = *it;
        else
            reasons << reason(kind, Field::Staff,
                tr("no staff member is called \"%1\". Add them as staff first.").arg(staff.left(40)));
    }

    if (client && when) {
        // The rules of manual entry.
        if (Status s = ConsultationRepository(session()).validate(c); !s)
            reasons << s.error().message;
    }
    if (!reasons.isEmpty())
        return RowOutcome::rejected(reasons);

    const QString key
        = QString::number(c.clientId) + u'|' + QString::number(c.startedAt) + u'|' + toCode(c.channel) + u'|' + c.notes;
    if (auto it = m_inFile.constFind(key); it != m_inFile.constEnd())
        return RowOutcome::rejected({ tr("The same consultation as line %1 (same client, time, channel and notes). "
                                         "Remove one of the rows.")
                                          .arg(*it) });
    m_existing->bindValue(0, c.clientId);
    m_existing->bindValue(1, c.startedAt);
    m_existing->bindValue(2, toCode(c.channel));
    m_existing->bindValue(3, c.notes.isNull() ? QStringLiteral("") : c.notes);
    if (Status s = storage::exec(*m_existing); !s)
        return RowOutcome::rejected({ s.error().message });
    if (m_existing->next()) {
        const qint64 id = m_existing->value(0).toLongLong();
        m_existing->finish();
        return RowOutcome::alreadyPresent(
            tr("already present as consultation %1 (same client, time, channel and notes)").arg(id), id);
    }
    m_existing->finish();
    m_inFile.insert(key, row.line);
    if (kindDefaulted)
        ++m_kindDefaulted;
    m_pending = c;
    return {};
}

Status ConsultationRows::write()
{
    auto id = ConsultationRepository(session()).create(m_pending);
    if (!id)
        return fail(id.error());
    return {};
}

QStringList ConsultationRows::notices() const
{
    if (m_kindDefaulted == 0)
        return {};
    return { QCoreApplication::translate("tsunagu::importer::ConsultationRows",
        "%n consultations have no kind in the file and are imported as one-off "
        "consultations.",
        nullptr, m_kindDefaulted) };
}

} // namespace tsunagu::importer
