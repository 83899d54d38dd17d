// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientPage.h"

#include "privacy/ConsentRegistry.h"
#include "repo/ClientRepository.h"
#include "repo/ConditionRepository.h"
#include "repo/ContactPersonRepository.h"
#include "ui/cases/CasePanel.h"
#include "ui/clients/ClientEditDialog.h"
#include "ui/clients/ClientHeader.h"
#include "ui/clients/ClientInfoPane.h"
#include "ui/clients/ClientTimelineModel.h"
#include "ui/clients/ConsentsPane.h"
#include "ui/clients/RecordNames.h"
#include "ui/clients/RecordOpener.h"
#include "ui/clients/TimelinePane.h"
#include "ui/history/HistoryDialog.h"
#include "ui/rights/RightsMenu.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {
// "相談を記録(&L)" → "相談を記録", "&Refer" → "Refer": what a screen reader says.
QString withoutMnemonic(QString text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\(&.\\)"));
    return text.remove(bracketed).remove(QLatin1Char('&')).trimmed();
}
} // namespace

ClientPage::ClientPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_header(new ClientHeader(this))
    , m_info(new ClientInfoPane(this))
    , m_consents(new ConsentsPane(this))
    , m_timeline(new TimelinePane(m_session, this))
    , m_cases(new CasePanel(m_session, this))
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
    , m_opener(new RecordOpener(m_session, this))
{
    setObjectName(QStringLiteral("clientPage"));
    setAccessibleName(tr("Client"));

    m_header->setActions(createActions());
    m_error->setObjectName(QStringLiteral("clientPageError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("clientPageSplitter"));
    splitter->setChildrenCollapsible(false);
    m_tabs->setObjectName(QStringLiteral("clientTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_cases, tr("&Support cases"));
    splitter->addWidget(createLeftPane());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // The left pane as wide as a disease group with its designated disease
    // beside its label, so that rows do not wrap and the consents show early.
    const int left
        = fontMetrics().horizontalAdvance(QStringLiteral("家族・関係者 神経・筋疾患 (指定難病 13 多発性硬化症)"))
        + fontMetrics().height() * 3;
    splitter->setSizes({ left, left * 2 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_timeline, &TimelinePane::recordActivated, this, &ClientPage::recordActivated);
    connect(m_timeline, &TimelinePane::recordActivated, this, &ClientPage::openRecord);
    connect(m_opener, &RecordOpener::recordChanged, this, &ClientPage::onRecordChanged);
    connect(m_opener, &RecordOpener::message, this, &ClientPage::statusMessage);
    connect(m_timeline, &TimelinePane::recordHistoryRequested, this, &ClientPage::showRecordHistory);
    // A case or milestone saved on the cases tab shows in the timeline too.
    connect(m_cases, &CasePanel::changed, m_timeline, &TimelinePane::reload);
    setTabOrder(m_timeline->view(), m_buttons.constFirst());
}

QWidget *ClientPage::createActions()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("clientActions"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    // Shortcuts for the whole window while the page is shown (a hidden page's
    // shortcuts do not fire); Esc only from inside the page, so that it still
    // clears the search field.
    QPushButton *log = addButton(
        bar, QStringLiteral("logConsultationButton"), tr("&Log consultation"), QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(log, &QPushButton::clicked, this, [this] { emit logConsultationRequested(m_clientId); });
    QPushButton *refer = addButton(bar, QStringLiteral("referralButton"), tr("&Refer"), {});
    connect(refer, &QPushButton::clicked, this, [this] { emit referralRequested(m_clientId); });
    QPushButton *consent = addButton(bar, QStringLiteral("consentButton"), tr("C&onsent"), {});
    connect(consent, &QPushButton::clicked, this, [this] { emit consentRequested(m_clientId); });
    QPushButton *edit = addButton(bar, QStringLiteral("editButton"), tr("&Edit"), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(edit, &QPushButton::clicked, this, &ClientPage::editClient);
    QPushButton *history
        = addButton(bar, QStringLiteral("historyButton"), tr("&History"), QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(history, &QPushButton::clicked, this, &ClientPage::showHistory);
    // その他: the person's rights, the access report and erasure (ui/rights).
    m_rights = new RightsMenu(m_session, this);
    QPushButton *more = addButton(bar, QStringLiteral("moreButton"), tr("&More"), {});
    more->setMenu(m_rights->menu());
    connect(m_rights, &RightsMenu::clientErased, this, [this](qint64 id) {
        reload();
        emit clientChanged(id);
    });
    connect(m_rights, &RightsMenu::statusMessage, this, &ClientPage::statusMessage);
    layout->addSpacing(fontMetrics().height());
    QPushButton *back
        = addButton(bar, QStringLiteral("backButton"), tr("← &List"), QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(back, &QPushButton::clicked, this, &ClientPage::backRequested);

    auto *escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &ClientPage::backRequested);
    addAction(escape);
    return bar;
}

QPushButton *ClientPage::addButton(
    QWidget *bar, const QString &objectName, const QString &text, const QKeySequence &keys, Qt::ShortcutContext context)
{
    auto *button = new QPushButton(text, bar);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    button->setAccessibleName(withoutMnemonic(text));
    if (!keys.isEmpty()) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(context);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        addAction(action);
        const QString native = keys.toString(QKeySequence::NativeText);
        button->setToolTip(native);
        button->setAccessibleDescription(native);
    }
    bar->layout()->addWidget(button);
    m_buttons << button;
    return button;
}

QWidget *ClientPage::createLeftPane()
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("clientLeftPane"));
    auto *layout = new QVBoxLayout(content);
    const auto heading = [content](const QString &text) {
        auto *label = new QLabel(text, content);
        QFont font = label->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        label->setFont(font);
        return label;
    };
    layout->addWidget(heading(tr("Basic information")));
    layout->addWidget(m_info);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(tr("Consents")));
    layout->addWidget(m_consents);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("clientLeftScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    // Never so narrow that a card's chips need more than two lines.
    scroll->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("健康・医療情報 基本情報 就労情報")) * 5 / 4);
    return scroll;
}

ClientTimelineModel *ClientPage::timelineModel() const
{
    return m_timeline->model();
}

QPushButton *ClientPage::button(const QString &objectName) const
{
    for (QPushButton *b : m_buttons) {
        if (b->objectName() == objectName)
            return b;
    }
    return nullptr;
}

void ClientPage::setClientId(qint64 clientId)
{
    m_clientId = clientId;
    m_rights->setClientId(clientId);
    reload();
}

void ClientPage::reload()
{
    m_error->hide();
    const Result<Client> client = ClientRepository(m_session).get(m_clientId);
    if (!client) {
        m_header->clear(tr("Client not found"));
        m_info->clear();
        m_consents->showError(client.error().message);
        m_timeline->setClientId(0);
        m_tabs->setTabEnabled(m_tabs->indexOf(m_cases), false);
        m_error->setText(tr("The client could not be opened: %1").arg(client.error().message));
        m_error->show();
        setActionsEnabled(false);
        return;
    }
    m_header->setClient(*client, m_session.clock().today());
    setActionsEnabled(!client->isErased());

    const RecordNames names(m_session, m_clientId);
    const privacy::ConsentRegistry consents(m_session);
    const Result<QList<privacy::Consent>> consentList = consents.forClient(m_clientId);
    if (consentList)
        m_consents->setConsents(*consentList, names, m_session.nowMs());
    else
        m_consents->showError(consentList.error().message);

    const Result<QList<Condition>> conditions = ConditionRepository(m_session).forClient(m_clientId);
    const Result<QList<ContactPerson>> contacts = ContactPersonRepository(m_session).forClient(m_clientId);
    const Result<bool> health = consents.mayRecordHealth(m_clientId);
    m_info->setClient(*client, conditions.value_or(QList<Condition>()), contacts.value_or(QList<ContactPerson>()),
        health.value_or(false));
    QStringList problems;
    for (const Error *e : { conditions ? nullptr : &conditions.error(), contacts ? nullptr : &contacts.error() }) {
        if (e)
            problems << e->message;
    }
    if (!problems.isEmpty()) {
        m_error->setText(tr("Part of the record could not be read: %1").arg(problems.join(QLatin1Char(' '))));
        m_error->show();
    }

    m_timeline->setClientId(m_clientId);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_cases), !client->isErased());
    if (!client->isErased())
        m_cases->setClient(m_clientId);
    setAccessibleName(tr("Client: %1").arg(client->name));
}

void ClientPage::setActionsEnabled(bool enabled)
{
    for (QPushButton *b : std::as_const(m_buttons)) {
        if (b->objectName() != QLatin1String("backButton") && b->objectName() != QLatin1String("historyButton"))
            b->setEnabled(enabled);
    }
}

void ClientPage::focusTimeline()
{
    m_tabs->setCurrentWidget(m_timeline);
    m_timeline->focusView();
}

void ClientPage::openRecord(TimelineEntry::Kind kind, qint64 id)
{
    if (kind != TimelineEntry::Kind::Case) {
        m_opener->open(kind, id, m_clientId);
        return;
    }
    if (!m_tabs->isTabEnabled(m_tabs->indexOf(m_cases)) || !m_cases->selectCase(id)) {
        emit statusMessage(tr("The support case could not be opened: it is not among this client's cases."));
        return;
    }
    m_tabs->setCurrentWidget(m_cases);
    m_cases->view()->setFocus(Qt::OtherFocusReason);
}

void ClientPage::onRecordChanged(TimelineEntry::Kind kind, qint64 id)
{
    reload();
    m_timeline->selectRecord(kind, id);
}

void ClientPage::editClient()
{
    if (m_clientId <= 0)
        return;
    auto *dialog = new ClientEditDialog(m_session, m_clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClientEditDialog::clientSaved, this, [this](qint64 id) {
        reload();
        emit clientChanged(id);
    });
    dialog->open();
}

void ClientPage::showHistory()
{
    if (m_clientId <= 0)
        return;
    auto *dialog = HistoryDialog::forClient(m_session, m_clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ClientPage::showRecordHistory(TimelineEntry::Kind kind, qint64 id)
{
    auto *dialog = HistoryDialog::forRecord(m_session, TimelineEntry::table(kind), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace tsunagu::ui
