// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/agencies/AgencyPage.h"

#include "repo/AgencyRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ReferralRepository.h"
#include "text/Normalizer.h"
#include "ui/agencies/AgencyEditDialog.h"
#include "ui/agencies/AgencyListModel.h"
#include "ui/agencies/AgencyReferralsModel.h"
#include "ui/common/MessageBoxes.h"
#include "ui/referrals/ReferralStatusDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QLabel *makeEmptyLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->hide();
    return label;
}

} // namespace

AgencyPage::AgencyPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AgencyListModel(this))
    , m_referrals(new AgencyReferralsModel(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_inactive(new QCheckBox(tr("Show inactive agencies"), this))
    , m_add(new QPushButton(tr("&New agency…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_view(makeTable(this))
    , m_emptyLabel(makeEmptyLabel(this))
    , m_referralsTitle(new QLabel(this))
    , m_referralsView(makeTable(this))
    , m_referralsEmpty(makeEmptyLabel(this))
{
    setObjectName(QStringLiteral("agencyPage"));
    setAccessibleName(tr("Partner agencies"));

    m_filter->setObjectName(QStringLiteral("agencyFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, region, phone or contact"));
    m_filter->setAccessibleName(tr("Filter agencies"));
    m_filter->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("agencyKindFilter"));
    m_kind->setAccessibleName(tr("Kind of agency"));
    m_kind->addItem(tr("All kinds"), -1);
    for (std::size_t i = 0; i < enumCount<AgencyKind>(); ++i)
        m_kind->addItem(label(static_cast<AgencyKind>(i)), static_cast<int>(i));
    m_inactive->setAccessibleName(m_inactive->text());
    m_add->setObjectName(QStringLiteral("addAgencyButton"));
    m_add->setAccessibleName(tr("New agency"));
    m_edit->setObjectName(QStringLiteral("editAgencyButton"));
    m_edit->setAccessibleName(tr("Edit agency"));

    m_view->setObjectName(QStringLiteral("agencyView"));
    m_view->setAccessibleName(tr("Partner agencies"));
    m_view->setAccessibleDescription(tr("Press Enter to edit the selected agency."));
    m_view->setModel(m_model);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    m_view->setColumnWidth(
        AgencyListModel::NameColumn, metrics.horizontalAdvance(QStringLiteral("ハローワーク福岡中央福岡中")) + padding);
    m_view->setColumnWidth(AgencyListModel::KindColumn,
        metrics.horizontalAdvance(QStringLiteral("障害者就業・生活支援センター")) + padding);
    m_view->setColumnWidth(
        AgencyListModel::RegionColumn, metrics.horizontalAdvance(QStringLiteral("神奈川県横浜市港北区")) + padding);
    m_view->setColumnWidth(
        AgencyListModel::PhoneColumn, metrics.horizontalAdvance(QStringLiteral("000-0000-0000")) + padding);

    m_referralsTitle->setObjectName(QStringLiteral("agencyReferralsTitle"));
    QFont bold = m_referralsTitle->font();
    bold.setBold(true);
    m_referralsTitle->setFont(bold);
    m_referralsView->setObjectName(QStringLiteral("agencyReferralsView"));
    m_referralsView->setAccessibleName(tr("Referrals to this agency"));
    m_referralsView->setAccessibleDescription(tr("Press Enter to open the referral."));
    m_referralsView->setModel(m_referrals);
    m_referralsView->setColumnWidth(
        AgencyReferralsModel::ClientColumn, metrics.horizontalAdvance(QStringLiteral("山田山田山田山田山")) + padding);
    m_referralsView->setColumnWidth(
        AgencyReferralsModel::DateColumn, metrics.horizontalAdvance(QStringLiteral("0000年00月00日")) + padding);
    m_emptyLabel->setObjectName(QStringLiteral("agencyEmptyLabel"));
    m_referralsEmpty->setObjectName(QStringLiteral("agencyReferralsEmpty"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_kind);
    bar->addWidget(m_inactive);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_emptyLabel);
    topLayout->addWidget(m_view, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_referralsTitle);
    bottomLayout->addWidget(m_referralsEmpty);
    bottomLayout->addWidget(m_referralsView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &AgencyPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AgencyPage::applyFilter);
    connect(m_inactive, &QCheckBox::toggled, this, &AgencyPage::applyFilter);
    connect(m_add, &QPushButton::clicked, this, &AgencyPage::addAgency);
    connect(m_edit, &QPushButton::clicked, this, &AgencyPage::editAgency);
    connect(m_view, &QAbstractItemView::activated, this, &AgencyPage::editAgency);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AgencyPage::showReferrals);
    connect(m_referralsView, &QAbstractItemView::activated, this, &AgencyPage::openReferral);

    reload();
}

qint64 AgencyPage::currentAgencyId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(AgencyListModel::IdRole).toLongLong() : 0;
}

void AgencyPage::selectAgency(qint64 agencyId)
{
    const int row = m_model->rowOf(agencyId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, AgencyListModel::NameColumn));
}

void AgencyPage::reload()
{
    applyFilter();
}

void AgencyPage::applyFilter()
{
    const qint64 selected = currentAgencyId();
    const Result<QList<Agency>> all = AgencyRepository(m_session).list(!m_inactive->isChecked());
    QList<Agency> shown;
    QString failure;
    if (all) {
        const int kind = m_kind->currentData().toInt();
        const QString key = text::searchKey(m_filter->text());
        for (const Agency &a : *all) {
            if (kind >= 0 && static_cast<int>(a.kind) != kind)
                continue;
            if (!key.isEmpty()) {
                const QString words
                    = a.name + QLatin1Char(' ') + AgencyListModel::region(a) + QLatin1Char(' ') + a.contactName;
                const QString haystack = text::searchKey(words) + QLatin1Char(' ') + text::phoneKey(a.phone);
                if (!haystack.contains(key))
                    continue;
            }
            shown << a;
        }
    } else {
        failure = all.error().message;
    }
    m_model->setAgencies(shown);
    if (!failure.isEmpty())
        m_emptyLabel->setText(tr("The directory could not be read: %1").arg(failure));
    else if (shown.isEmpty() && m_filter->text().trimmed().isEmpty() && m_kind->currentData().toInt() < 0)
        m_emptyLabel->setText(tr("No partner agencies yet. Add the first one with “New agency…”."));
    else if (shown.isEmpty())
        m_emptyLabel->setText(tr("No agency matches this filter."));
    m_emptyLabel->setVisible(!failure.isEmpty() || shown.isEmpty());
    m_edit->setEnabled(!shown.isEmpty());

    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, AgencyListModel::NameColumn));
    else if (!shown.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, AgencyListModel::NameColumn));
    showReferrals();
}

void AgencyPage::showReferrals()
{
    const qint64 agencyId = currentAgencyId();
    QList<AgencyReferralsModel::Row> rows;
    QString failure;
    if (agencyId != 0) {
        const Result<QList<Referral>> referrals = ReferralRepository(m_session).forAgency(agencyId);
        if (referrals) {
            const ClientRepository clients(m_session);
            for (const Referral &r : *referrals) {
                AgencyReferralsModel::Row row { r, {}, {} };
                if (const Result<Client> client = clients.get(r.clientId); client && !client->isErased()) {
                    row.clientName = client->name;
                    row.clientKana = client->nameKana;
                } else {
                    row.clientName = tr("(erased)");
                }
                rows << row;
            }
        } else {
            failure = referrals.error().message;
        }
    }
    m_referrals->setRows(rows);
    const Agency *agency = m_model->agencyAt(m_view->currentIndex().row());
    m_referralsTitle->setText(agency ? tr("Referrals to %1 (%2)").arg(agency->name).arg(rows.size()) : tr("Referrals"));
    if (!failure.isEmpty())
        m_referralsEmpty->setText(tr("The referrals could not be read: %1").arg(failure));
    else if (!agency)
        m_referralsEmpty->setText(tr("Choose an agency to see who was referred to it."));
    else
        m_referralsEmpty->setText(tr("Nobody has been referred to this agency yet."));
    m_referralsEmpty->setVisible(rows.isEmpty());
    m_referralsView->setVisible(!rows.isEmpty());
}

void AgencyPage::addAgency()
{
    auto *dialog = new AgencyEditDialog(m_session, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_filter->clear();
        m_kind->setCurrentIndex(0);
        reload();
        selectAgency(dialog->savedId());
    });
    dialog->open();
}

void AgencyPage::editAgency()
{
    const qint64 id = currentAgencyId();
    if (id == 0)
        return;
    auto *dialog = new AgencyEditDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        reload();
        selectAgency(id);
    });
    dialog->open();
}

void AgencyPage::openReferral(const QModelIndex &index)
{
    const qint64 id = index.data(AgencyReferralsModel::IdRole).toLongLong();
    if (id == 0)
        return;
    auto *dialog = new ReferralStatusDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AgencyPage::showReferrals);
    dialog->open();
}

} // namespace tsunagu::ui
