// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consents/ConsentsDialog.h"

#include "documents/ConsentForm.h"
#include "privacy/ConsentRegistry.h"
#include "repo/AgencyRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ReferralRepository.h"
#include "repo/StaffRepository.h"
#include "ui/common/DateFormat.h"
#include "ui/common/MessageBoxes.h"
#include "ui/consents/ConsentDialog.h"
#include "ui/consents/ConsentListModel.h"
#include "ui/consents/RecipientNames.h"
#include "ui/consents/WithdrawConsentDialog.h"
#include "ui/referrals/DocumentOutput.h"
#include "ui/settings/AppSettings.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

ConsentsDialog::ConsentsDialog(const Session &session, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clientId(clientId)
    , m_model(new ConsentListModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_message(new QLabel(this))
    , m_record(new QPushButton(tr("&Record consent…"), this))
    , m_print(new QPushButton(tr("&Print the form…"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw…"), this))
{
    setObjectName(QStringLiteral("consentsDialog"));
    QString name;
    if (const Result<Client> client = ClientRepository(m_session).get(clientId); client && !client->isErased())
        name = client->name;
    setWindowTitle(name.isEmpty() ? tr("Consents") : tr("Consents of %1").arg(name));

    m_view->setObjectName(QStringLiteral("consentView"));
    m_view->setAccessibleName(tr("Consents"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(ConsentListModel::RecipientsColumn, em * 16);
    m_view->setColumnWidth(ConsentListModel::PurposesColumn, em * 10);
    m_view->setColumnWidth(ConsentListModel::InformationColumn, em * 14);
    m_view->setColumnWidth(ConsentListModel::PeriodColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 〜 0000-00-00")) + em * 2);
    m_empty->setObjectName(QStringLiteral("consentEmpty"));
    m_empty->setText(tr("No consent is on file for this person. Nothing about them can be shared until one is."));
    m_empty->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("consentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_record->setObjectName(QStringLiteral("recordConsentButton"));
    m_print->setObjectName(QStringLiteral("printConsentButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawConsentButton"));
    m_withdraw->setAccessibleName(tr("Withdraw the selected consent"));
    m_print->setAccessibleName(tr("Print the form of the selected consent"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_record);
    actions->addWidget(m_print);
    actions->addStretch();
    actions->addWidget(m_withdraw);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(m_record, &QPushButton::clicked, this, &ConsentsDialog::recordConsent);
    connect(m_print, &QPushButton::clicked, this, &ConsentsDialog::printSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &ConsentsDialog::withdrawSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConsentsDialog::updateButtons);

    resize(em * 80, fontMetrics().lineSpacing() * 22);
    reload();
}

void ConsentsDialog::reload()
{
    const qint64 selected = m_view->currentIndex().data(ConsentListModel::IdRole).toLongLong();
    QList<ConsentListModel::Row> rows;
    if (const Result<QList<privacy::Consent>> consents = privacy::ConsentRegistry(m_session).forClient(m_clientId)) {
        const RecipientNames names(m_session, m_clientId);
        for (const privacy::Consent &c : *consents)
            rows << ConsentListModel::Row { c, names.names(c.recipients) };
    } else {
        m_message->setText(tr("The consents could not be read: %1").arg(consents.error().message));
        m_message->show();
    }
    m_model->setRows(rows, m_session.nowMs());
    m_empty->setVisible(rows.isEmpty());
    if (selected != 0)
        selectConsent(selected);
    else if (!rows.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->resizeRowsToContents();
    updateButtons();
}

void ConsentsDialog::selectConsent(qint64 consentId)
{
    const int row = m_model->rowOf(consentId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    updateButtons();
}

void ConsentsDialog::updateButtons()
{
    const QModelIndex index = m_view->currentIndex();
    m_print->setEnabled(index.isValid());
    m_withdraw->setEnabled(index.isValid() && index.data(ConsentListModel::WithdrawableRole).toBool());
}

void ConsentsDialog::recordConsent()
{
    auto *dialog = new ConsentDialog(m_session, m_clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConsentDialog::consentsRecorded, this, [this](const QList<qint64> &ids) {
        reload();
        if (!ids.isEmpty())
            selectConsent(ids.constFirst());
        emit consentsChanged();
    });
    dialog->open();
}

void ConsentsDialog::printSelected()
{
    const privacy::Consent *consent = m_model->consentAt(m_view->currentIndex().row());
    if (!consent)
        return;
    documents::ConsentFormOptions options;
    options.organisation = AppSettings::organisation(); // File → Settings… → Letters
    if (const Result<Staff> staff = StaffRepository(m_session).get(m_session.staffId()))
        options.staffName = staff->name;
    const Result<QString> html = documents::ConsentForm(m_session).html(*consent, options);
    if (!html) {
        MessageBoxes::showError(this, tr("The consent form could not be made."), html.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    if (DocumentOutput::choosePrinter(this, printer, tr("Consent form")))
        DocumentOutput::print(*html, printer);
}

void ConsentsDialog::withdrawSelected()
{
    const int row = m_view->currentIndex().row();
    const privacy::Consent *consent = m_model->consentAt(row);
    if (!consent || !m_view->currentIndex().data(ConsentListModel::WithdrawableRole).toBool())
        return;
    const qint64 id = consent->id;
    const QString summary = m_model->index(row, ConsentListModel::RecipientsColumn).data().toString()
        + QStringLiteral(" · ") + m_model->index(row, ConsentListModel::PeriodColumn).data().toString();
    auto *dialog = new WithdrawConsentDialog(m_session, consent->validFrom(), summary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QDialog::accepted, this, [this, dialog, id] { withdraw(id, dialog->withdrawnAt(), dialog->note()); });
    dialog->open();
}

void ConsentsDialog::withdraw(qint64 consentId, qint64 at, const QString &note)
{
    const Result<privacy::WithdrawalResult> result = privacy::ConsentRegistry(m_session).withdraw(consentId, note, at);
    if (!result) {
        MessageBoxes::showError(this, tr("The consent was not withdrawn."), result.error());
        return;
    }
    reload();
    emit consentsChanged();
    if (result->flaggedReferrals.isEmpty()) {
        m_message->setText(tr("Withdrawn. No open referral relied on this consent."));
        m_message->show();
        return;
    }
    QStringList lines;
    const ReferralRepository referrals(m_session);
    const AgencyRepository agencies(m_session);
    for (qint64 referralId : result->flaggedReferrals) {
        const Result<Referral> referral = referrals.get(referralId);
        if (!referral)
            continue;
        const Result<Agency> agency = agencies.get(referral->agencyId);
        lines << tr("%1, referred on %2 (%3)")
                     .arg(agency ? agency->name : QString(), DateFormat::display(jst::dateOf(referral->createdAt)),
                         label(referral->status));
    }
    const QString text = tr("Withdrawn. %n open referral(s) relied on this consent and are flagged for you:", "",
        static_cast<int>(result->flaggedReferrals.size()));
    m_message->setText(text + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_message->show();
    MessageBoxes::warning(this, text, lines.join(QLatin1Char('\n')));
}

} // namespace tsunagu::ui
