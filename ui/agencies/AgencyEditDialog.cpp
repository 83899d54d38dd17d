// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/agencies/AgencyEditDialog.h"

#include "domain/Prefectures.h"
#include "repo/AgencyRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsunagu::ui {

AgencyEditDialog::AgencyEditDialog(const Session &session, qint64 agencyId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_prefecture(new QComboBox(this))
    , m_municipality(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_active(new QCheckBox(tr("Active (offered when referring)"), this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("agencyEditDialog"));
    m_agency.id = agencyId;

    for (std::size_t i = 0; i < enumCount<AgencyKind>(); ++i)
        m_kind->addItem(label(static_cast<AgencyKind>(i)), static_cast<int>(i));
    m_prefecture->addItem(tr("(not recorded)"), QString());
    for (const QString &name : prefectures())
        m_prefecture->addItem(name, name);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4);
    m_active->setChecked(true);
    m_error->setObjectName(QStringLiteral("agencyEditError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    const struct {
        QWidget *widget;
        QString name;
    } fields[] = {
        { m_name, tr("Agency name") },
        { m_kind, tr("Kind") },
        { m_prefecture, tr("Prefecture") },
        { m_municipality, tr("Municipality") },
        { m_address, tr("Address") },
        { m_phone, tr("Phone") },
        { m_email, tr("E-mail") },
        { m_contact, tr("Contact person") },
        { m_note, tr("Note") },
        { m_reason, tr("Reason for the change") },
    };
    auto *form = new QFormLayout;
    for (const auto &field : fields) {
        field.widget->setAccessibleName(field.name);
        if (field.widget == m_reason)
            continue;
        form->addRow(field.name, field.widget);
        if (field.widget == m_note)
            form->addRow(QString(), m_active);
    }
    m_active->setAccessibleName(m_active->text());
    m_name->setObjectName(QStringLiteral("agencyName"));
    m_phone->setObjectName(QStringLiteral("agencyPhone"));
    m_kind->setObjectName(QStringLiteral("agencyKind"));
    m_reason->setObjectName(QStringLiteral("agencyChangeReason"));
    m_reason->setPlaceholderText(tr("e.g. new phone number announced by the agency"));
    if (agencyId != 0)
        form->addRow(tr("Reason for the change"), m_reason);
    else
        m_reason->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgencyEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setWindowTitle(agencyId == 0 ? tr("New partner agency") : tr("Edit partner agency"));
    if (agencyId != 0)
        load();
    m_name->setFocus(Qt::OtherFocusReason);
}

void AgencyEditDialog::load()
{
    auto agency = AgencyRepository(m_session).get(m_agency.id);
    if (!agency) {
        showError(agency.error().message, QString());
        return;
    }
    m_agency = *agency;
    m_name->setText(m_agency.name);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_agency.kind)));
    const int prefecture = m_prefecture->findData(m_agency.prefecture);
    m_prefecture->setCurrentIndex(prefecture < 0 ? 0 : prefecture);
    m_municipality->setText(m_agency.municipality);
    m_address->setText(m_agency.address);
    m_phone->setText(m_agency.phone);
    m_email->setText(m_agency.email);
    m_contact->setText(m_agency.contactName);
    m_note->setPlainText(m_agency.note);
    m_active->setChecked(m_agency.active);
}

Agency AgencyEditDialog::fromForm() const
{
    Agency a = m_agency;
    a.name = m_name->text();
    a.kind = static_cast<AgencyKind>(m_kind->currentData().toInt());
    a.prefecture = m_prefecture->currentData().toString();
    a.municipality = m_municipality->text();
    a.address = m_address->text();
    a.phone = m_phone->text();
    a.email = m_email->text();
    a.contactName = m_contact->text();
    a.note = m_note->toPlainText();
    a.active = m_active->isChecked();
    return a;
}

void AgencyEditDialog::showError(const QString &message, const QString &field)
{
    m_error->setText(message);
    m_error->show();
    const struct {
        const char *field;
        QWidget *widget;
    } targets[] = { { "name", m_name }, { "prefecture", m_prefecture }, { "municipality", m_municipality },
        { "address", m_address }, { "phone", m_phone }, { "email", m_email }, { "contact_name", m_contact },
        { "note", m_note }, { "reason", m_reason } };
    for (const auto &target : targets) {
        if (field == QLatin1String(target.field)) {
            target.widget->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void AgencyEditDialog::accept()
{
    const AgencyRepository agencies(m_session);
    const Agency agency = fromForm();
    if (Status valid = agencies.validate(agency); !valid) {
        showError(valid.error().message, valid.error().field);
        return;
    }
    if (isNew()) {
        auto id = agencies.create(agency);
        if (!id) {
            showError(id.error().message, id.error().field);
            return;
        }
        m_savedId = *id;
    } else {
        if (m_reason->text().trimmed().isEmpty()) {
            showError(tr("Say why you change this agency: the reason is kept with the previous values."),
                QStringLiteral("reason"));
            return;
        }
        auto changed = agencies.update(agency, m_reason->text());
        if (!changed) {
            showError(changed.error().message, changed.error().field);
            return;
        }
        m_savedId = agency.id;
    }
    QDialog::accept();
}

} // namespace tsunagu::ui
