// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consultations/ConsultationForm.h"

#include "repo/ConsultationRepository.h"
#include "ui/common/DateFormat.h"
#include "ui/consultations/ChannelBox.h"
#include "ui/consultations/DateInput.h"
#include "ui/consultations/DateTimeField.h"
#include "ui/consultations/EnumCheckModel.h"
#include "ui/consultations/TopicPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace tsunagu::ui {

namespace {

constexpr int defaultDurationMin = 30;

template <typename E> QStringList labelsOf()
{
    QStringList labels;
    for (std::size_t i = 0; i < enumCount<E>(); ++i)
        labels << label(static_cast<E>(i));
    return labels;
}

template <typename E> QStringList sourceLabelsOf()
{
    QStringList labels;
    for (const EnumEntry &entry : EnumTraits<E>::entries)
        labels << QString::fromLatin1(entry.label);
    return labels;
}

QPlainTextEdit *textEdit(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true); // Tab goes on to the next field
    return edit;
}

} // namespace

ConsultationForm::ConsultationForm(
    const Session &session, qint64 clientId, const std::optional<SupportCase> &openCase, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clientId(clientId)
    , m_openCase(openCase)
    , m_errors(this)
{
    m_errors.alias(QStringLiteral("case_id"), QStringLiteral("kind"));
    buildFields();
    layOut();
    applyDefaults();
    connectEdits();
}

void ConsultationForm::buildFields()
{
    m_when = new DateTimeField(QStringLiteral("yyyy/MM/dd HH:mm"), this);
    m_when->setObjectName(QStringLiteral("whenEdit"));
    m_when->setAccessibleName(tr("Date and time"));
    m_when->setTimeSpec(Qt::UTC); // wall-clock time in Japan, whatever this computer's zone

    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationBox"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setRange(0, maxConsultationMinutes);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));

    m_channel = new ChannelBox(this);
    m_channel->setObjectName(QStringLiteral("channelBox"));
    m_visitSummary = new QLabel(this);
    m_visitSummary->setObjectName(QStringLiteral("visitSummary"));
    m_visitSummary->setWordWrap(true);
    m_visitSummary->hide();

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindBox"));
    m_kind->setAccessibleName(tr("Kind of consultation"));
    for (std::size_t i = 0; i < enumCount<ConsultationKind>(); ++i) {
        const auto kind = static_cast<ConsultationKind>(i);
        m_kind->addItem(label(kind), toCode(kind));
    }
    m_caseHint = new QLabel(this);
    m_caseHint->setObjectName(QStringLiteral("caseHint"));
    m_caseHint->setWordWrap(true);

    m_attendees = new EnumCheckModel(labelsOf<Attendee>(), sourceLabelsOf<Attendee>(), this);
    m_attendeesView = new QListView(this);
    m_attendeesView->setObjectName(QStringLiteral("attendeesView"));
    m_attendeesView->setAccessibleName(tr("Who attended"));
    m_attendeesView->setAccessibleDescription(tr("Left and Right to move, Space to tick or untick."));
    m_attendeesView->setModel(m_attendees);
    m_attendeesView->setFlow(QListView::LeftToRight);
    m_attendeesView->setWrapping(false);
    m_attendeesView->setSpacing(2);
    m_attendeesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attendeesView->setSelectionMode(QAbstractItemView::NoSelection); // the ticks say it all
    m_attendeesView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_attendeesView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_attendeesView->setFixedHeight(
        m_attendeesView->sizeHintForRow(0) + 4 * m_attendeesView->spacing() + 2 * m_attendeesView->frameWidth());
    m_attendeesView->setCurrentIndex(m_attendees->index(0));

    m_topics = new EnumCheckModel(labelsOf<Topic>(), sourceLabelsOf<Topic>(), this);
    m_topicPicker = new TopicPicker(m_topics, this);
    m_topicPicker->setObjectName(QStringLiteral("topicPicker"));

    m_notes = textEdit(this, QStringLiteral("notesEdit"), tr("Notes"));
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_nextSteps = textEdit(this, QStringLiteral("nextStepsEdit"), tr("Next steps"));
    m_nextSteps->setFixedHeight(fontMetrics().lineSpacing() * 3 + 2 * (m_nextSteps->frameWidth() + 4));

    m_followUp = new DateInput(this);
    m_followUp->setObjectName(QStringLiteral("followUpEdit"));
    m_followUp->setAccessibleName(tr("Follow-up date (optional)"));
    m_followUp->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    m_followUpHint = new QLabel(this);
    m_followUpHint->setObjectName(QStringLiteral("followUpHint"));
}

void ConsultationForm::layOut()
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Short fields keep their natural width; hints go underneath.
    const auto stretch = [this] {
        auto *space = new QWidget(this);
        space->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
        return space;
    };

    auto *whenRow = new QWidget(this);
    auto *whenLayout = new QHBoxLayout(whenRow);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_errors.wrap(m_when, QStringLiteral("started_at")));
    auto *durationLabel = new QLabel(tr("&Duration:"), this);
    durationLabel->setBuddy(m_duration);
    whenLayout->addSpacing(em);
    whenLayout->addWidget(durationLabel);
    whenLayout->addWidget(m_errors.wrap(m_duration, QStringLiteral("duration_min")));
    whenLayout->addStretch(1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels with mnemonics (Alt+letter) whose buddy is the field itself.
    const auto addRow = [&](const QString &text, QWidget *buddy, QWidget *row) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, row);
    };
    addRow(tr("Date and &time:"), m_when, whenRow);
    addRow(tr("C&hannel:"), m_channel, m_errors.wrap(m_channel, QStringLiteral("channel"), stretch(), m_visitSummary));
    addRow(tr("&Kind:"), m_kind, m_errors.wrap(m_kind, QStringLiteral("kind"), stretch(), m_caseHint));
    addRow(tr("&Attended:"), m_attendeesView, m_errors.wrap(m_attendeesView, QStringLiteral("attendees")));
    addRow(tr("T&opics:"), m_topicPicker, m_errors.wrap(m_topicPicker, QStringLiteral("topics")));
    addRow(tr("&Notes:"), m_notes, m_errors.wrap(m_notes, QStringLiteral("notes")));
    addRow(tr("Next &steps:"), m_nextSteps, m_errors.wrap(m_nextSteps, QStringLiteral("next_steps")));
    addRow(tr("&Follow-up:"), m_followUp, m_errors.wrap(m_followUp, QStringLiteral("follow_up_on"), m_followUpHint));

    QWidget *order[] = { m_when, m_duration, m_channel, m_kind, m_attendeesView, m_topicPicker->filterEdit(), m_notes,
        m_nextSteps, m_followUp };
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

QWidget *ConsultationForm::firstField() const
{
    return m_when;
}

QWidget *ConsultationForm::lastField() const
{
    return m_followUp;
}

void ConsultationForm::applyDefaults()
{
    m_loading = true;
    setStartedAt(m_session.nowMs());
    m_duration->setValue(defaultDurationMin);
    const auto last = ConsultationRepository(m_session).lastChannelUsedBy(m_session.staffId());
    m_channel->setChannel(last && *last ? **last : Channel::InPerson);
    m_previousChannel = m_channel->channel() == Channel::HomeVisit ? Channel::InPerson : m_channel->channel();
    const ConsultationKind kind = m_openCase ? ConsultationKind::Accompaniment : ConsultationKind::OneOff;
    m_kind->setCurrentIndex(m_kind->findData(toCode(kind)));
    m_attendees->setBits(Attendees { Attendee::Self }.bits());
    m_loading = false;
    updateCaseHint();
    updateVisitSummary();
    updateFollowUpHint();
}

void ConsultationForm::connectEdits()
{
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_followUp->setReferenceDate(m_when->date());
        onEdited();
    });
    connect(m_duration, &QSpinBox::valueChanged, this, &ConsultationForm::onEdited);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ConsultationForm::onChannelChanged);
    connect(m_channel, &ChannelBox::channelKeyPressed, this, &ConsultationForm::onChannelKey);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateCaseHint();
        onEdited();
    });
    connect(m_attendees, &EnumCheckModel::bitsChanged, this, &ConsultationForm::onEdited);
    connect(m_topics, &EnumCheckModel::bitsChanged, this, &ConsultationForm::onEdited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ConsultationForm::onEdited);
    connect(m_nextSteps, &QPlainTextEdit::textChanged, this, &ConsultationForm::onEdited);
    connect(m_followUp, &DateInput::dateChanged, this, [this] {
        updateFollowUpHint();
        onEdited();
    });
}

void ConsultationForm::onEdited()
{
    if (!m_loading)
        emit edited();
}

// ---- the record ----------------------------------------------------------------

qint64 ConsultationForm::startedAtMs() const
{
    const QDateTime wall = m_when->dateTime();
    return QDateTime(wall.date(), QTime(wall.time().hour(), wall.time().minute()), jst::zone()).toMSecsSinceEpoch();
}

void ConsultationForm::setStartedAt(qint64 ms)
{
    const QDateTime local = jst::toLocal(ms);
    const QTime minute(local.time().hour(), local.time().minute());
    m_when->setDateTime(QDateTime(local.date(), minute, Qt::UTC));
    m_followUp->setReferenceDate(local.date());
}

ConsultationEntry ConsultationForm::entry() const
{
    ConsultationEntry e;
    Consultation &c = e.consultation;
    c.clientId = m_clientId;
    c.staffId = m_session.staffId();
    c.startedAt = startedAtMs();
    c.durationMin = m_duration->value();
    c.channel = m_channel->channel();
    c.kind = fromCode<ConsultationKind>(m_kind->currentData().toString()).value_or(ConsultationKind::OneOff);
    if (c.kind == ConsultationKind::Accompaniment && m_openCase)
        c.caseId = m_openCase->id;
    c.attendees = Attendees::fromBits(m_attendees->bits());
    c.topics = Topics::fromBits(m_topics->bits());
    c.notes = m_notes->toPlainText();
    c.nextSteps = m_nextSteps->toPlainText();
    c.followUpOn = m_followUp->date();
    e.followUpText = m_followUp->text();
    if (c.channel == Channel::HomeVisit)
        e.visitCheck = m_visitCheck;
    return e;
}

void ConsultationForm::setEntry(const ConsultationEntry &e)
{
    const Consultation &c = e.consultation;
    m_loading = true;
    if (c.startedAt > 0)
        setStartedAt(c.startedAt);
    m_duration->setValue(c.durationMin);
    m_visitCheck = e.visitCheck;
    m_channel->setChannel(c.channel);
    m_kind->setCurrentIndex(m_kind->findData(toCode(c.kind)));
    m_attendees->setBits(c.attendees.bits());
    m_topics->setBits(c.topics.bits());
    m_notes->setPlainText(c.notes);
    m_nextSteps->setPlainText(c.nextSteps);
    m_followUp->setText(e.followUpText);
    m_loading = false;
    updateCaseHint();
    updateVisitSummary();
    updateFollowUpHint();
}

bool ConsultationForm::followUpIsAcceptable() const
{
    return m_followUp->isAcceptable();
}

// ---- channel and home visits -------------------------------------------------------

void ConsultationForm::onChannelChanged()
{
    if (m_loading)
        return;
    const Channel channel = m_channel->channel();
    if (channel != Channel::HomeVisit)
        m_previousChannel = channel;
    updateVisitSummary();
    emit edited();
    if (channel == Channel::HomeVisit && !m_visitCheck && !m_checkInNotes)
        emit checklistWanted();
}

void ConsultationForm::onChannelKey(Channel channel)
{
    if (channel == Channel::HomeVisit && m_visitCheck)
        emit checklistWanted(); // 5 again: look at or change the answers
}

void ConsultationForm::setVisitCheck(const PreVisitCheck &check)
{
    m_visitCheck = check;
    updateVisitSummary();
    onEdited();
}

void ConsultationForm::setVisitCheckInNotes(bool inNotes)
{
    m_checkInNotes = inNotes;
    updateVisitSummary();
}

void ConsultationForm::leaveHomeVisit()
{
    if (m_channel->channel() == Channel::HomeVisit)
        m_channel->setChannel(m_previousChannel);
}

void ConsultationForm::updateCaseHint()
{
    const bool linked = m_openCase && m_kind->currentData().toString() == toCode(ConsultationKind::Accompaniment);
    m_caseHint->setText(linked ? tr("Recorded in the support case \"%1\" (since %2).")
                                     .arg(label(m_openCase->goal), DateFormat::display(m_openCase->openedOn))
                               : QString());
    m_caseHint->setVisible(linked);
}

void ConsultationForm::updateVisitSummary()
{
    const bool homeVisit = m_channel->channel() == Channel::HomeVisit;
    if (homeVisit && m_visitCheck)
        m_visitSummary->setText(tr("Pre-visit checklist: %1").arg(m_visitCheck->summary()));
    else if (homeVisit && m_checkInNotes)
        m_visitSummary->setText(tr("Pre-visit checklist: answered when the visit was recorded (see the notes)."));
    else if (homeVisit)
        m_visitSummary->setText(tr("Pre-visit checklist: not answered yet (asked before saving)."));
    m_visitSummary->setVisible(homeVisit);
}

void ConsultationForm::updateFollowUpHint()
{
    m_followUpHint->setText(m_followUp->hint());
}

} // namespace tsunagu::ui
