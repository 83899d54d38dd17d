// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rights/ErasureDialog.h"

#include "privacy/Erasure.h"
#include "repo/ClientRepository.h"
#include "text/Validation.h"
#include "ui/common/DateFormat.h"
#include "ui/common/MessageBoxes.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {

namespace {

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QGroupBox *listBox(const QString &title, const QStringList &items, const QString &objectName, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    auto *label = new QLabel(bulletList(items), box);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(label, 0, Qt::AlignTop);
    return box;
}

} // namespace

ErasureDialog::ErasureDialog(const Session &session, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clientId(clientId)
    , m_reason(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_erase(nullptr)
{
    setObjectName(QStringLiteral("erasureDialog"));
    setWindowTitle(tr("Erase this person's data"));

    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(tr("Erase this person's data? This cannot be undone."), this);
    warning->setObjectName(QStringLiteral("erasureWarning"));
    QFont bold = warning->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    warning->setFont(bold);
    layout->addWidget(warning);

    // Whose data: as the person is identified on the request.
    const Result<Client> client = ClientRepository(m_session).get(m_clientId);
    auto *who = new QFormLayout;
    const auto plain = [this](const QString &text, const char *name) {
        auto *label = new QLabel(text, this);
        label->setObjectName(QLatin1String(name));
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    if (client) {
        const QString none = tr("(not recorded)");
        who->addRow(tr("Name"), plain(client->name.isEmpty() ? none : client->name, "erasureName"));
        who->addRow(tr("Reading"), plain(client->nameKana.isEmpty() ? none : client->nameKana, "erasureReading"));
        who->addRow(tr("Birth date"),
            plain(client->birthDate && client->birthDate->isValid() ? DateFormat::display(*client->birthDate) : none,
                "erasureBirthDate"));
        who->addRow(tr("Client no."), plain(QString::number(m_clientId), "erasureClientNumber"));
        m_expected = withoutSpaces(client->name);
        if (m_expected.isEmpty())
            m_expected = QString::number(m_clientId);
        m_available = !client->isErased();
    }
    layout->addLayout(who);

    // What goes and what stays (Erasure.h; PRIVACY.md rules 4 and 12).
    auto *lists = new QHBoxLayout;
    lists->addWidget(listBox(tr("Removed"),
                         {
                             tr("Identity: name, reading, birth date and sex"),
                             tr("Contact details: address, phone, e-mail and emergency contact"),
                             tr("Health: conditions, disease groups and the disability certificate"),
                             tr("Family and other contacts, and the consents"),
                             tr("Employment status"),
                             tr("Every free text: consultation notes and next steps, notes on cases, milestones "
                                "and referrals"),
                             tr("Drafts not yet saved"),
                             tr("The history of corrections"),
                         },
                         QStringLiteral("removedList"), this),
        1);
    lists->addWidget(listBox(tr("Kept"),
                         {
                             tr("A skeleton that identifies no one, so that published statistics stay the same: "
                                "months of consultations, channels, topics, age band, case stages and outcomes, "
                                "referral agencies and statuses"),
                             tr("Records of what was given to third parties, still naming the person, until their "
                                "retention period ends (at least 3 years); then they are deleted"),
                             tr("Backups taken before now still hold all of the data until they rotate out; copies "
                                "kept anywhere else must be deleted by hand"),
                             tr("The audit log: that the data was erased, when and by whom (nothing about the "
                                "person)"),
                         },
                         QStringLiteral("keptList"), this),
        1);
    layout->addLayout(lists);

    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(text::limits::shortText);
    m_reason->setPlaceholderText(tr("e.g. written request from the person, received today"));
    auto *reasonHint = new QLabel(tr("Required. It is checked but not stored: it could name the person."), this);
    reasonHint->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmNameEdit"));
    m_confirm->setAccessibleName(tr("The person's name, to confirm"));
    m_hint->setObjectName(QStringLiteral("confirmHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    auto *reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    form->addRow(QString(), reasonHint);
    auto *confirmLabel = new QLabel(tr("&Type the name"), this);
    confirmLabel->setBuddy(m_confirm);
    form->addRow(confirmLabel, m_confirm);
    form->addRow(QString(), m_hint);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase = buttons->addButton(tr("&Erase"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    // No default button: Enter in a field never erases.
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(m_erase, &QPushButton::clicked, this, &ErasureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_reason, &QLineEdit::textChanged, this, &ErasureDialog::updateState);
    connect(m_confirm, &QLineEdit::textChanged, this, &ErasureDialog::updateState);

    if (!client) {
        m_reason->setEnabled(false);
        m_confirm->setEnabled(false);
        m_hint->setText(tr("The client could not be read: %1").arg(client.error().message));
    } else if (!m_available) {
        m_reason->setEnabled(false);
        m_confirm->setEnabled(false);
        m_hint->setText(tr("This client's data was already erased."));
    }
    updateState();
    m_reason->setFocus(Qt::OtherFocusReason);
    // Wide enough to read, then as tall as the wrapped text needs at that width.
    const int width = std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 100);
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height();
    resize(width, std::max(height, minimumSizeHint().height()));
}

QString ErasureDialog::withoutSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace()) // the ideographic space (U+3000) too
            out += c;
    }
    return out.normalized(QString::NormalizationForm_C);
}

bool ErasureDialog::canErase() const
{
    return m_available && !m_erased && !m_reason->text().trimmed().isEmpty()
        && withoutSpaces(m_confirm->text()) == m_expected;
}

void ErasureDialog::updateState()
{
    m_erase->setEnabled(canErase());
    if (!m_available)
        return;
    const QString typed = withoutSpaces(m_confirm->text());
    if (typed.isEmpty())
        m_hint->setText(m_expected == QString::number(m_clientId)
                ? tr("No name is recorded: type the client's number, %1, to confirm.").arg(m_clientId)
                : tr("Type the person's name as shown above (spaces do not matter) to enable Erase."));
    else if (typed != m_expected)
        m_hint->setText(tr("The name does not match yet."));
    else if (m_reason->text().trimmed().isEmpty())
        m_hint->setText(tr("The name matches. Give the reason to enable Erase."));
    else
        m_hint->setText(tr("The name matches."));
}

void ErasureDialog::accept()
{
    if (!canErase())
        return;
    const Status done = privacy::Erasure(m_session).erase(m_clientId, m_reason->text().trimmed());
    if (!done) {
        MessageBoxes::showError(this, tr("The data was not erased."), done.error());
        return;
    }
    m_erased = true;
    m_erase->setEnabled(false);
    emit erased(m_clientId);
    QDialog::accept();
}

} // namespace tsunagu::ui
