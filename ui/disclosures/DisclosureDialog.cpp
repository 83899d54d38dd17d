// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/disclosures/DisclosureDialog.h"

#include "privacy/ConsentRegistry.h"
#include "ui/clients/ConsentStatus.h"
#include "ui/clients/RecordNames.h"
#include "ui/common/DateFormat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {
QString dayAndTime(qint64 ms)
{
    const QDateTime at = jst::toLocal(ms);
    return DateFormat::display(at.date()) + QLatin1Char(' ') + QLocale().toString(at.time(), QStringLiteral("HH:mm"));
}
} // namespace

DisclosureDialog::DisclosureDialog(const Session &session, const privacy::DisclosureRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("disclosureDialog"));
    setWindowTitle(tr("Disclosure record no. %1").arg(record.id));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const RecordNames names(m_session, record.clientId);
    const QString separator = tr(", ", "separator between data categories");
    QString purpose = label(record.purpose);
    if (!record.purposeDetail.trimmed().isEmpty())
        purpose = tr("%1: %2", "purpose: detail").arg(purpose, record.purposeDetail.trimmed());

    addRow(tr("When:"), QStringLiteral("disclosureWhen"), dayAndTime(record.at));
    addRow(tr("To:"), QStringLiteral("disclosureRecipient"), record.recipientLabel);
    addRow(tr("Information given:"), QStringLiteral("disclosureCategories"), record.categories.toLabels(separator));
    addRow(tr("Purpose:"), QStringLiteral("disclosurePurpose"), purpose);
    addRow(tr("How:"), QStringLiteral("disclosureMethod"), label(record.method));
    addRow(tr("Basis:"), QStringLiteral("disclosureBasis"), basisOf(record));
    if (!record.justification.trimmed().isEmpty())
        addRow(tr("Justification:"), QStringLiteral("disclosureJustification"), record.justification.trimmed());
    if (record.reviewVerdict)
        addRow(tr("Review:"), QStringLiteral("disclosureReview"),
            *record.reviewVerdict == QLatin1String("approved") ? tr("Approved by a supervisor")
                                                               : tr("Questioned by a supervisor"));
    if (record.withheld)
        addRow(
            tr("Access reports:"), QStringLiteral("disclosureWithheld"), tr("Withheld: %1").arg(record.withholdReason));
    addRow(tr("Sent by:"), QStringLiteral("disclosureStaff"), names.staff(record.staffId));
    addRow(tr("Record kept until:"), QStringLiteral("disclosureRetention"),
        DateFormat::display(jst::dateOf(record.retainUntil)));

    auto *note = new QLabel(tr("Disclosure records cannot be changed or deleted (APPI Art. 29)."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus(Qt::OtherFocusReason);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44, sizeHint().height());
}

void DisclosureDialog::addRow(const QString &label, const QString &objectName, const QString &text)
{
    auto *value = new QLabel(text, this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    m_form->addRow(label, value);
}

QString DisclosureDialog::value(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

QString DisclosureDialog::basisOf(const privacy::DisclosureRecord &record) const
{
    if (!record.consentId)
        return record.exception ? tr("A legal exception: %1").arg(label(*record.exception)) : tr("A legal exception");
    const Result<privacy::Consent> consent = privacy::ConsentRegistry(m_session).get(*record.consentId);
    if (!consent)
        return tr("Consent no. %1 (%2)").arg(*record.consentId).arg(consent.error().message);
    const QString separator = tr(", ", "separator between data categories");
    return tr("Consent no. %1, %2 to %3, for %4, covering %5 (now: %6)")
        .arg(QString::number(*record.consentId), DateFormat::display(consent->validFrom()),
            DateFormat::display(consent->validUntil()), consent->purposes.toLabels(separator),
            consent->categories.toLabels(separator), ConsentStatus::describe(*consent, m_session.nowMs()));
}

} // namespace tsunagu::ui
