// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/TodayPage.h"

#include "ui/common/DateFormat.h"
#include "ui/consents/ConsentsDialog.h"
#include "ui/referrals/ReferralStatusDialog.h"
#include "ui/today/WorkListSection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tsunagu::ui {

using worklist::WorkItem;
using worklist::WorkKind;

namespace {

const QString unansweredKey = QStringLiteral("today/unansweredAfterDays");
const QString quietKey = QStringLiteral("today/quietAfterDays");

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
    const worklist::TodayOptions defaults;
    const QSettings settings;
    m_unansweredDays = daysBox(settings.value(unansweredKey, defaults.unansweredAfterDays).toInt(), this);
    m_unansweredDays->setObjectName(QStringLiteral("unansweredDays"));
    m_unansweredDays->setAccessibleName(tr("Days without an answer"));
    m_quietDays = daysBox(settings.value(quietKey, defaults.quietAfterDays).toInt(), this);
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
    connect(m_unansweredDays, &QSpinBox::valueChanged, this, [this](int days) {
        QSettings().setValue(unansweredKey, days);
        reload();
    });
    connect(m_quietDays, &QSpinBox::valueChanged, this, [this](int days) {
        QSettings().setValue(quietKey, days);
        reload();
    });
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
