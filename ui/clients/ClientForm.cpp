// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientForm.h"

#include "common/Clock.h"
#include "domain/Prefectures.h"
#include "ui/clients/BirthDateEdit.h"
#include "ui/common/DateFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

// Fills a combo with "not recorded" and every value of an enum, codes as data.
template <typename E> void fillEnum(QComboBox *combo, const QString &empty)
{
    combo->addItem(empty, QString());
    for (std::size_t i = 0; i < enumCount<E>(); ++i) {
        const auto value = static_cast<E>(i);
        combo->addItem(label(value), toCode(value));
    }
}

template <typename E> void selectEnum(QComboBox *combo, const std::optional<E> &value)
{
    const int index = combo->findData(value ? toCode(*value) : QString());
    combo->setCurrentIndex(std::max(0, index));
}

template <typename E> std::optional<E> selectedEnum(const QComboBox *combo)
{
    return fromCode<E>(combo->currentData().toString());
}

const QColor errorColor(0xc6, 0x28, 0x28);

// "氏名(&N)" → "氏名", "&Name" → "Name": what a screen reader says.
QString withoutMnemonic(QString text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\(&.\\)"));
    return text.remove(bracketed).remove(QLatin1Char('&')).trimmed();
}

} // namespace

ClientForm::ClientForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("clientForm"));
    // Rows keep their height; the space left over goes below the last one.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_form);
    outer->addStretch(1);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_name = addLine(QStringLiteral("name"), tr("&Name"), QStringLiteral("nameEdit"));
    m_kana = addLine(QStringLiteral("name_kana"), tr("&Reading (furigana)"), QStringLiteral("readingEdit"));
    m_kana->setPlaceholderText(tr("in hiragana or katakana, e.g. やまだ たろう"));

    m_birthDate = new BirthDateEdit(this);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    addRow(QStringLiteral("birth_date"), tr("&Date of birth"), m_birthDate);
    connect(m_birthDate, &BirthDateEdit::dateChanged, this, &ClientForm::updateBirthDateHint);

    m_sex = addCombo(QStringLiteral("sex"), tr("&Sex"), QStringLiteral("sexCombo"));
    fillEnum<Sex>(m_sex, tr("Not recorded"));

    m_prefecture = addCombo(QStringLiteral("prefecture"), tr("&Prefecture"), QStringLiteral("prefectureCombo"));
    m_prefecture->setEditable(true);
    m_prefecture->setInsertPolicy(QComboBox::NoInsert);
    m_prefecture->addItem(QString());
    m_prefecture->addItems(prefectures());
    m_prefecture->completer()->setCompletionMode(QCompleter::InlineCompletion);
    m_prefecture->lineEdit()->setPlaceholderText(tr("Type or choose, e.g. 福岡県"));
    connect(m_prefecture, &QComboBox::currentTextChanged, this, &ClientForm::edited);

    m_municipality = addLine(QStringLiteral("municipality"), tr("&Municipality"), QStringLiteral("municipalityEdit"));

    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 2 * m_address->frameWidth() + 8);
    addRow(QStringLiteral("address"), tr("Addr&ess"), m_address);
    connect(m_address, &QPlainTextEdit::textChanged, this, &ClientForm::edited);

    m_phone = addLine(QStringLiteral("phone"), tr("P&hone"), QStringLiteral("phoneEdit"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email = addLine(QStringLiteral("email"), tr("E-ma&il"), QStringLiteral("emailEdit"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_emergency
        = addLine(QStringLiteral("emergency_contact"), tr("Emer&gency contact"), QStringLiteral("emergencyEdit"));
    m_emergency->setPlaceholderText(tr("name and phone, e.g. 山田 和子 (母) 090-1111-2222"));

    m_employment = addCombo(QStringLiteral("employment_status"), tr("&Work"), QStringLiteral("employmentCombo"));
    fillEnum<EmploymentStatus>(m_employment, tr("Not recorded"));

    m_certificateKind = addCombo(
        QStringLiteral("certificate_kind"), tr("Disability &certificate"), QStringLiteral("certificateKindCombo"));
    fillEnum<CertificateKind>(m_certificateKind, tr("Not recorded"));
    m_certificateGrade = addLine(
        QStringLiteral("certificate_grade"), tr("Certificate gr&ade"), QStringLiteral("certificateGradeEdit"));
    m_certificateGrade->setPlaceholderText(tr("e.g. 3級"));
    m_healthExplanation = new QLabel(this);
    m_healthExplanation->setObjectName(QStringLiteral("healthExplanation"));
    m_healthExplanation->setWordWrap(true);
    m_healthExplanation->hide();
    m_form->addRow(QString(), m_healthExplanation);

    auto *flags = new QWidget(this);
    auto *flagLayout = new QVBoxLayout(flags);
    flagLayout->setContentsMargins(0, 0, 0, 0);
    const auto addFlag = [&](const QString &objectName, const QString &text, const QString &explanation) {
        auto *box = new QCheckBox(text, flags);
        box->setObjectName(objectName);
        box->setToolTip(explanation);
        box->setAccessibleDescription(explanation);
        box->setAccessibleName(withoutMnemonic(text));
        flagLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ClientForm::edited);
        return box;
    };
    m_confidential = addFlag(QStringLiteral("confidentialAddressCheck"), tr("Con&fidential address (住所秘匿)"),
        tr("For a person who must not be found, e.g. after fleeing violence: contact details are never disclosed, "
           "even with consent."));
    m_stopUse = addFlag(QStringLiteral("stopUseCheck"), tr("&Use stopped (利用停止)"),
        tr("The person asked to stop the use of their data: hidden from work lists, nothing is disclosed."));
    m_noStatistics = addFlag(QStringLiteral("excludeFromStatisticsCheck"), tr("E&xclude from statistics (統計除外)"),
        tr("The person asked to be left out of statistics."));
    auto *flagsLabel = new QLabel(tr("Flags"), this);
    m_form->addRow(flagsLabel, flags);
    m_shown = client(Client());
}

QLineEdit *ClientForm::addLine(const QString &field, const QString &label, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    addRow(field, label, edit);
    connect(edit, &QLineEdit::textEdited, this, &ClientForm::edited);
    return edit;
}

QComboBox *ClientForm::addCombo(const QString &field, const QString &label, const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    addRow(field, label, combo);
    connect(combo, &QComboBox::activated, this, &ClientForm::edited);
    return combo;
}

void ClientForm::addRow(const QString &field, const QString &label, QWidget *editor)
{
    auto *cell = new QWidget(this);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(editor);
    auto *error = new QLabel(cell);
    error->setObjectName(editor->objectName() + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->hide();
    layout->addWidget(error);

    auto *caption = new QLabel(label, this);
    caption->setBuddy(editor);
    m_form->addRow(caption, cell);
    editor->setAccessibleName(withoutMnemonic(label));
    m_fields.insert(field, Field { editor, error });
}

void ClientForm::appendRow(QLabel *caption, QWidget *field)
{
    m_form->addRow(caption, field);
}

QWidget *ClientForm::firstField() const
{
    return m_name;
}

QWidget *ClientForm::lastField() const
{
    return m_noStatistics;
}

QWidget *ClientForm::editor(const QString &field) const
{
    return m_fields.value(field).editor;
}

QLabel *ClientForm::errorLabel(const QString &field) const
{
    return m_fields.value(field).error;
}

void ClientForm::setClient(const Client &client)
{
    m_name->setText(client.name);
    m_kana->setText(client.nameKana);
    m_birthDate->setDate(client.birthDate);
    selectEnum(m_sex, client.sex);
    m_prefecture->setCurrentText(client.prefecture);
    m_municipality->setText(client.municipality);
    m_address->setPlainText(client.address);
    m_phone->setText(client.phone);
    m_email->setText(client.email);
    m_emergency->setText(client.emergencyContact);
    selectEnum(m_employment, client.employmentStatus);
    selectEnum(m_certificateKind, client.certificateKind);
    m_certificateGrade->setText(client.certificateGrade);
    m_confidential->setChecked(client.confidentialAddress);
    m_stopUse->setChecked(client.stopUse);
    m_noStatistics->setChecked(client.excludeFromStatistics);
    updateBirthDateHint();
    m_shown = this->client(client);
    m_shownBirthText = m_birthDate->text();
}

bool ClientForm::isModified() const
{
    const Client now = client(m_shown);
    return now.name != m_shown.name || now.nameKana != m_shown.nameKana || now.birthDate != m_shown.birthDate
        || m_birthDate->text() != m_shownBirthText || now.sex != m_shown.sex || now.prefecture != m_shown.prefecture
        || now.municipality != m_shown.municipality || now.address != m_shown.address || now.phone != m_shown.phone
        || now.email != m_shown.email || now.emergencyContact != m_shown.emergencyContact
        || now.employmentStatus != m_shown.employmentStatus || now.certificateKind != m_shown.certificateKind
        || now.certificateGrade != m_shown.certificateGrade || now.confidentialAddress != m_shown.confidentialAddress
        || now.stopUse != m_shown.stopUse || now.excludeFromStatistics != m_shown.excludeFromStatistics;
}

void ClientForm::setToday(QDate today)
{
    m_today = today;
    updateBirthDateHint();
}

Client ClientForm::client(const Client &base) const
{
    Client c = base;
    c.name = m_name->text();
    c.nameKana = m_kana->text();
    c.birthDate = m_birthDate->date();
    c.sex = selectedEnum<Sex>(m_sex);
    c.prefecture = m_prefecture->currentText().trimmed();
    c.municipality = m_municipality->text();
    c.address = m_address->toPlainText();
    c.phone = m_phone->text();
    c.email = m_email->text();
    c.emergencyContact = m_emergency->text();
    c.employmentStatus = selectedEnum<EmploymentStatus>(m_employment);
    c.certificateKind = selectedEnum<CertificateKind>(m_certificateKind);
    c.certificateGrade = m_certificateGrade->text();
    c.confidentialAddress = m_confidential->isChecked();
    c.stopUse = m_stopUse->isChecked();
    c.excludeFromStatistics = m_noStatistics->isChecked();
    return c;
}

void ClientForm::setHealthEditable(bool editable, const QString &explanation)
{
    m_certificateKind->setEnabled(editable);
    m_certificateGrade->setEnabled(editable);
    m_healthExplanation->setText(explanation);
    m_healthExplanation->setVisible(!editable && !explanation.isEmpty());
    m_certificateKind->setAccessibleDescription(editable ? QString() : explanation);
    m_certificateGrade->setAccessibleDescription(editable ? QString() : explanation);
}

bool ClientForm::markError(const QString &field, const QString &message)
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.constEnd())
        return false;
    setMarked(it->editor, true); // before the message: the date hint stays away
    showMessage(it->error, message, true);
    it->editor->setAccessibleDescription(message);
    if (it->editor->isEnabled())
        it->editor->setFocus(Qt::OtherFocusReason);
    return true;
}

void ClientForm::clearErrors()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!it->editor->property("invalid").toBool())
            continue;
        it->error->clear();
        it->error->hide();
        setMarked(it->editor, false);
        it->editor->setAccessibleDescription(QString());
    }
    updateBirthDateHint();
}

bool ClientForm::isMarked(const QString &field) const
{
    const QWidget *w = editor(field);
    return w && w->property("invalid").toBool();
}

void ClientForm::setMarked(QWidget *editor, bool marked)
{
    editor->setProperty("invalid", marked);
    if (marked) {
        // Its own colours, readable in light and dark mode.
        QPalette p = editor->palette();
        p.setColor(QPalette::Base, QColor(0xff, 0xeb, 0xee));
        p.setColor(QPalette::Text, QColor(0x21, 0x21, 0x21));
        p.setColor(QPalette::Button, QColor(0xff, 0xeb, 0xee));
        p.setColor(QPalette::ButtonText, QColor(0x21, 0x21, 0x21));
        editor->setPalette(p);
    } else {
        editor->setPalette(QPalette());
    }
}

void ClientForm::updateBirthDateHint()
{
    // Under the date: how it was understood, in the era and as an age, unless
    // an error is shown there.
    QLabel *hint = errorLabel(QStringLiteral("birth_date"));
    if (!hint || m_birthDate->property("invalid").toBool())
        return;
    const std::optional<QDate> date = m_birthDate->date();
    if (!date) {
        hint->hide();
        return;
    }
    const int age = ageOn(*date, m_today);
    showMessage(hint,
        age >= 0 ? tr("%1, %2 years old", "era date, age").arg(DateFormat::era(*date)).arg(age)
                 : DateFormat::era(*date),
        false);
}

void ClientForm::showMessage(QLabel *label, const QString &text, bool error)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, error ? errorColor : palette().color(QPalette::WindowText));
    label->setPalette(p);
    label->setText(text);
    label->show();
}

} // namespace tsunagu::ui
