// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consents/ConsentDialog.h"

#include "documents/ConsentForm.h"
#include "privacy/ConsentRegistry.h"
#include "repo/AgencyRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ContactPersonRepository.h"
#include "repo/StaffRepository.h"
#include "ui/common/MessageBoxes.h"
#include "ui/consents/CheckList.h"
#include "ui/referrals/DocumentOutput.h"
#include "ui/settings/AppSettings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

QGroupBox *group(const QString &title, QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    return box;
}

} // namespace

QVariant ConsentDialog::agencyValue(qint64 agencyId)
{
    return QStringLiteral("agency:%1").arg(agencyId);
}

QVariant ConsentDialog::kindValue(AgencyKind kind)
{
    return QString(QStringLiteral("kind:") + toCode(kind));
}

QVariant ConsentDialog::contactValue(qint64 contactPersonId)
{
    return QStringLiteral("contact:%1").arg(contactPersonId);
}

ConsentDialog::ConsentDialog(const Session &session, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clientId(clientId)
    , m_purposes(new CheckList(this))
    , m_purposeDetail(new QLineEdit(this))
    , m_recipientFilter(new QLineEdit(this))
    , m_recipients(new CheckList(this))
    , m_categories(new CheckList(this))
    , m_health(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_until(new QDateEdit(this))
    , m_method(new QComboBox(this))
    , m_bySelf(new QRadioButton(tr("The person"), this))
    , m_byRepresentative(new QRadioButton(tr("A representative"), this))
    , m_representativeName(new QLineEdit(this))
    , m_representativeRelation(new QLineEdit(this))
    , m_words(new QPlainTextEdit(this))
    , m_healthAcquisition(new QCheckBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("consentDialog"));
    if (const Result<Client> client = ClientRepository(m_session).get(clientId); client && !client->isErased())
        m_clientName = client->name;
    setWindowTitle(m_clientName.isEmpty() ? tr("Record consent") : tr("Record the consent of %1").arg(m_clientName));

    // Purposes.
    m_purposes->setObjectName(QStringLiteral("consentPurposes"));
    m_purposes->setAccessibleName(tr("Purposes"));
    for (std::size_t i = 0; i < enumCount<Purpose>(); ++i)
        m_purposes->addChoice(label(static_cast<Purpose>(i)), static_cast<int>(i));
    m_purposeDetail->setObjectName(QStringLiteral("consentPurposeDetail"));
    m_purposeDetail->setAccessibleName(tr("Other purpose"));
    m_purposeDetail->setPlaceholderText(tr("Describe the other purpose"));
    m_purposeDetail->setEnabled(false);

    // Recipients.
    m_recipientFilter->setObjectName(QStringLiteral("consentRecipientFilter"));
    m_recipientFilter->setAccessibleName(tr("Filter recipients"));
    m_recipientFilter->setPlaceholderText(tr("Filter"));
    m_recipientFilter->setClearButtonEnabled(true);
    m_recipients->setObjectName(QStringLiteral("consentRecipients"));
    m_recipients->setAccessibleName(tr("Recipients"));
    fillRecipients();

    // Information: Health apart, never implied.
    m_categories->setObjectName(QStringLiteral("consentCategories"));
    m_categories->setAccessibleName(tr("Information"));
    for (std::size_t i = 0; i < enumCount<DataCategory>(); ++i) {
        const auto category = static_cast<DataCategory>(i);
        if (category != DataCategory::Health)
            m_categories->addChoice(label(category), static_cast<int>(i));
    }
    m_health->setObjectName(QStringLiteral("consentHealth"));
    m_health->setText(tr("Health (special-care information): conditions, disability certificate, treatment"));
    m_health->setAccessibleName(label(DataCategory::Health));
    auto *healthNote = new QLabel(tr("Covered only when ticked here: no other choice implies it."), this);
    healthNote->setWordWrap(true);

    // Period, method, who gave it.
    const QDate today = m_session.clock().today();
    for (QDateEdit *edit : { m_from, m_until }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("consentFrom"));
    m_from->setAccessibleName(tr("First day"));
    m_from->setDate(today);
    m_until->setObjectName(QStringLiteral("consentUntil"));
    m_until->setAccessibleName(tr("Last day"));
    m_until->setDate(today.addYears(1).addDays(-1));
    m_method->setObjectName(QStringLiteral("consentMethod"));
    m_method->setAccessibleName(tr("How it was given"));
    for (std::size_t i = 0; i < enumCount<ConsentMethod>(); ++i)
        m_method->addItem(label(static_cast<ConsentMethod>(i)), static_cast<int>(i));
    m_bySelf->setChecked(true);
    m_bySelf->setObjectName(QStringLiteral("consentBySelf"));
    m_byRepresentative->setObjectName(QStringLiteral("consentByRepresentative"));
    auto *givenBy = new QButtonGroup(this);
    givenBy->addButton(m_bySelf);
    givenBy->addButton(m_byRepresentative);
    m_representativeName->setObjectName(QStringLiteral("representativeName"));
    m_representativeName->setAccessibleName(tr("Representative's name"));
    m_representativeName->setPlaceholderText(tr("Name"));
    m_representativeRelation->setObjectName(QStringLiteral("representativeRelation"));
    m_representativeRelation->setAccessibleName(tr("Representative's relationship"));
    m_representativeRelation->setPlaceholderText(tr("Relationship (e.g. guardian)"));
    m_representativeName->setEnabled(false);
    m_representativeRelation->setEnabled(false);
    m_words->setObjectName(QStringLiteral("consentWords"));
    m_words->setAccessibleName(tr("Words of a verbal consent"));
    m_words->setPlaceholderText(tr("For a verbal consent: what the person said"));
    m_words->setTabChangesFocus(true);
    m_words->setFixedHeight(m_words->fontMetrics().lineSpacing() * 3);

    m_healthAcquisition->setObjectName(QStringLiteral("healthAcquisition"));
    m_healthAcquisition->setText(tr("Also record the consent to record health information (要配慮個人情報の取得), for "
                                    "the same period"));
    m_healthAcquisition->setAccessibleName(tr("Consent to record health information"));

    m_error->setObjectName(QStringLiteral("consentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    // Layout: the three checklists side by side, then the rest.
    auto *recipientBox = group(tr("Recipients"), this, { m_recipientFilter, m_recipients });
    auto *scope = new QHBoxLayout;
    scope->addWidget(group(tr("Purposes"), this, { m_purposes, m_purposeDetail }), 2);
    scope->addWidget(recipientBox, 3);
    scope->addWidget(group(tr("Information"), this, { m_categories, m_health, healthNote }), 3);

    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("〜"), this));
    period->addWidget(m_until);
    period->addStretch();
    auto *representative = new QHBoxLayout;
    representative->addWidget(m_bySelf);
    representative->addWidget(m_byRepresentative);
    representative->addWidget(m_representativeName, 2);
    representative->addWidget(m_representativeRelation, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Period"), period);
    form->addRow(tr("How it was given"), m_method);
    form->addRow(tr("Given by"), representative);
    form->addRow(tr("Words"), m_words);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_print = buttons->addButton(tr("&Print the consent form…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printConsentFormButton"));
    m_print->setAutoDefault(false);
    m_save = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("recordConsentButton"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &ConsentDialog::printForm);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(scope, 1);
    layout->addLayout(form);
    layout->addWidget(m_healthAcquisition);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_purposes, &CheckList::checkedChanged, this,
        [this] { m_purposeDetail->setEnabled(m_purposes->isChecked(static_cast<int>(Purpose::Other))); });
    connect(m_recipientFilter, &QLineEdit::textChanged, m_recipients, &CheckList::setFilter);
    connect(m_byRepresentative, &QRadioButton::toggled, m_representativeName, &QLineEdit::setEnabled);
    connect(m_byRepresentative, &QRadioButton::toggled, m_representativeRelation, &QLineEdit::setEnabled);

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 78, fontMetrics().lineSpacing() * 32);
    m_purposes->setFocus(Qt::OtherFocusReason);
    if (m_purposes->count() > 0)
        m_purposes->setCurrentRow(0);
}

void ConsentDialog::fillRecipients()
{
    if (const Result<QList<Agency>> agencies = AgencyRepository(m_session).list(true);
        agencies && !agencies->isEmpty()) {
        m_recipients->addHeading(tr("Agencies"));
        for (const Agency &a : *agencies)
            m_recipients->addChoice(a.name, agencyValue(a.id));
    }
    m_recipients->addHeading(tr("Every office of a kind"));
    for (std::size_t i = 0; i < enumCount<AgencyKind>(); ++i) {
        const auto kind = static_cast<AgencyKind>(i);
        m_recipients->addChoice(tr("Any %1").arg(label(kind)), kindValue(kind));
    }
    if (const Result<QList<ContactPerson>> contacts = ContactPersonRepository(m_session).forClient(m_clientId);
        contacts && !contacts->isEmpty()) {
        m_recipients->addHeading(tr("The person's family and contacts"));
        for (const ContactPerson &p : *contacts)
            m_recipients->addChoice(tr("%1 (%2)").arg(p.name, label(p.relationship)), contactValue(p.id));
    }
}

void ConsentDialog::addRecipientAgency(qint64 agencyId)
{
    m_recipients->setChecked(agencyValue(agencyId), true);
}

void ConsentDialog::prefill(qint64 agencyId, Purpose purpose, DataCategories categories)
{
    addRecipientAgency(agencyId);
    m_purposes->setChecked(static_cast<int>(purpose), true);
    categories.remove(DataCategory::Health);
    categories.forEach([this](DataCategory c) { m_categories->setChecked(static_cast<int>(c), true); });
}

bool ConsentDialog::disclosureScopeChosen() const
{
    return !m_purposes->checkedValues().isEmpty() || !m_recipients->checkedValues().isEmpty()
        || !m_categories->checkedValues().isEmpty() || m_health->isChecked();
}

QList<privacy::ConsentInput> ConsentDialog::inputs() const
{
    privacy::ConsentInput common;
    common.clientId = m_clientId;
    common.validFrom = m_from->date();
    common.validUntil = m_until->date();
    common.method = static_cast<ConsentMethod>(m_method->currentData().toInt());
    common.byRepresentative = m_byRepresentative->isChecked();
    if (common.byRepresentative) {
        common.representativeName = m_representativeName->text();
        common.representativeRelation = m_representativeRelation->text();
    }
    common.text = m_words->toPlainText();

    QList<privacy::ConsentInput> all;
    if (disclosureScopeChosen() || !m_healthAcquisition->isChecked()) {
        privacy::ConsentInput in = common;
        in.kind = privacy::ConsentKind::Disclosure;
        for (const QVariant &v : m_purposes->checkedValues())
            in.purposes.insert(static_cast<Purpose>(v.toInt()));
        if (in.purposes.contains(Purpose::Other))
            in.purposeDetail = m_purposeDetail->text();
        for (const QVariant &v : m_recipients->checkedValues()) {
            const QString value = v.toString();
            const QString rest = value.section(QLatin1Char(':'), 1);
            if (value.startsWith(QLatin1String("agency:")))
                in.recipients << privacy::ConsentRecipient::agency(rest.toLongLong());
            else if (value.startsWith(QLatin1String("contact:")))
                in.recipients << privacy::ConsentRecipient::contactPerson(rest.toLongLong());
            else if (const auto kind = fromCode<AgencyKind>(rest))
                in.recipients << privacy::ConsentRecipient::kind(*kind);
        }
        for (const QVariant &v : m_categories->checkedValues())
            in.categories.insert(static_cast<DataCategory>(v.toInt()));
        if (m_health->isChecked())
            in.categories.insert(DataCategory::Health);
        all << in;
    }
    if (m_healthAcquisition->isChecked()) {
        privacy::ConsentInput in = common;
        in.kind = privacy::ConsentKind::HealthAcquisition;
        all << in;
    }
    return all;
}

void ConsentDialog::showError(const QString &message, const QString &field)
{
    m_error->setText(message);
    m_error->show();
    const struct {
        const char *field;
        QWidget *widget;
    } targets[] = { { "purposes", m_purposes }, { "purpose_detail", m_purposeDetail }, { "recipients", m_recipients },
        { "categories", m_categories }, { "valid_from", m_from }, { "valid_until", m_until },
        { "representative_name", m_representativeName }, { "representative_relation", m_representativeRelation },
        { "consent_text", m_words } };
    for (const auto &target : targets) {
        if (field == QLatin1String(target.field)) {
            target.widget->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void ConsentDialog::accept()
{
    const privacy::ConsentRegistry registry(m_session);
    QList<qint64> recorded;
    for (const privacy::ConsentInput &in : inputs()) {
        const Result<qint64> id = registry.record(in);
        if (!id) {
            if (!recorded.isEmpty()) // the first one is kept: say so
                showError(tr("The consent to share was recorded, but not the consent to record health "
                             "information: %1")
                              .arg(id.error().message),
                    id.error().field);
            else
                showError(id.error().message, id.error().field);
            m_recorded = recorded;
            if (!recorded.isEmpty())
                emit consentsRecorded(recorded);
            return;
        }
        recorded << *id;
    }
    m_recorded = recorded;
    emit consentsRecorded(recorded);
    QDialog::accept();
}

void ConsentDialog::printForm()
{
    documents::ConsentFormOptions options;
    options.organisation = AppSettings::organisation(); // File → Settings… → Letters
    if (const Result<Staff> staff = StaffRepository(m_session).get(m_session.staffId()))
        options.staffName = staff->name;
    const Result<QString> html = documents::ConsentForm(m_session).html(inputs(), options);
    if (!html) {
        showError(html.error().message, html.error().field);
        return;
    }
    m_error->hide();
    QPrinter printer(QPrinter::HighResolution);
    if (!DocumentOutput::choosePrinter(this, printer, tr("Consent form")))
        return;
    DocumentOutput::print(*html, printer);
}

} // namespace tsunagu::ui
