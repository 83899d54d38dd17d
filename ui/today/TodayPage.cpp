// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/TodayPage.h"

#include "ui/common/DateFormat.h"
#include "ui/consents/ConsentsDialog.h"
#include "ui/referrals/ReferralStatusDialog.h"
#include "ui/settings/AppSettings.h"
#include "ui/today/WorkListSection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tsunagu::ui {

using worklist::WorkItem;
using worklist::WorkKind;

namespace {

QSpinBox *daysBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 365);
    box->setValue(value);
    return box;
}

} // namespace

TodayPage::TodayPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_date(new QLabel(this))
{
    setObjectName(QStringLiteral("todayPage"));
    setAccessibleName(tr("Today"));
    m_unansweredDays = daysBox(AppSettings::unansweredAfterDays(), this);
    m_unansweredDays->setObjectName(QStringLiteral("unansweredDays"));
    m_unansweredDays->setAccessibleName(tr("Days without an answer"));
    m_quietDays = daysBox(AppSettings::quietAfterDays(), this);
    m_quietDays->setObjectName(QStringLiteral("quietDays"));
    m_quietDays->setAccessibleName(tr("Days without contact"));

    m_date->setObjectName(QStringLiteral("todayDate"));
    QFont font = m_date->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_date->setFont(font);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("todayRefresh"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_date);
    header->addStretch();
    auto *unansweredLabel = new QLabel(tr("No answer after"), this);
    unansweredLabel->setBuddy(m_unansweredDays);
    header->addWidget(unansweredLabel);
    header->addWidget(m_unansweredDays);
    header->addWidget(new QLabel(tr("days"), this));
    header->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    auto *quietLabel = new QLabel(tr("No contact for"), this);
    quietLabel->setBuddy(m_quietDays);
    header->addWidget(quietLabel);
    header->addWidget(m_quietDays);
    header->addWidget(new QLabel(tr("days"), this));
    header->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    header->addWidget(refresh);

    auto *lists = new QWidget(this);
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setSpacing(fontMetrics().lineSpacing());
    for (int k = 0; k < worklist::workKindCount; ++k) {
        auto *section = new WorkListSection(static_cast<WorkKind>(k), lists);
        m_sections[static_cast<std::size_t>(k)] = section;
        listsLayout->addWidget(section);
        connect(section, &WorkListSection::itemActivated, this, &TodayPage::open);
    }
    listsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(lists);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);

    connect(refresh, &QPushButton::clicked, this, &TodayPage::reload);
    // Stored through AppSettings, whose change notice reloads the lists.
    connect(m_unansweredDays, &QSpinBox::valueChanged, this, &AppSettings::setUnansweredAfterDays);
    connect(m_quietDays, &QSpinBox::valueChanged, this, &AppSettings::setQuietAfterDays);
    // Changed here, in the settings dialog, or the era of dates: follow at once.
    connect(AppSettings::notifier(), &AppSettings::changed, this, &TodayPage::followSettings);
    reload();
}

WorkListSection *TodayPage::section(WorkKind kind) const
{
    return m_sections.at(static_cast<std::size_t>(kind));
}

worklist::TodayOptions TodayPage::options() const
{
    worklist::TodayOptions options;
    options.unansweredAfterDays = m_unansweredDays->value();
    options.quietAfterDays = m_quietDays->value();
    return options;
}

void TodayPage::reload()
{
    const QDate today = m_session.clock().today();
    m_date->setText(tr("%1 (%2)").arg(DateFormat::display(today), QLocale().dayName(today.dayOfWeek())));
    const worklist::TodayList lists(m_session);
    const worklist::TodayOptions settings = options();
    for (WorkListSection *section : m_sections) {
        const Result<QList<WorkItem>> items = lists.list(section->kind(), settings);
        if (items)
            section->setItems(*items);
        else
            section->setFailure(items.error().message);
    }
}

void TodayPage::followSettings()
{
    const QSignalBlocker unanswered(m_unansweredDays);
    const QSignalBlocker quiet(m_quietDays);
    m_unansweredDays->setValue(AppSettings::unansweredAfterDays());
    m_quietDays->setValue(AppSettings::quietAfterDays());
    reload();
}

void TodayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void TodayPage::open(const WorkItem &item)
{
    emit workItemActivated(item);
    switch (item.kind) {
    case WorkKind::ExpiringConsent: {
        auto *dialog = new ConsentsDialog(m_session, item.clientId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->selectConsent(item.recordId);
        connect(dialog, &QDialog::finished, this, &TodayPage::reload);
        dialog->open();
        return;
    }
    case WorkKind::UnansweredReferral: {
        auto *dialog = new ReferralStatusDialog(m_session, item.recordId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, &TodayPage::reload);
        dialog->open();
        return;
    }
    case WorkKind::MilestoneDue:
    case WorkKind::QuietCase:
    case WorkKind::FollowUp:
        emit clientActivated(item.clientId);
        return;
    }
}

} // namespace tsunagu::ui
