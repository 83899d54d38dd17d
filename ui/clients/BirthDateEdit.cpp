// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/BirthDateEdit.h"

#include "importer/JapaneseDate.h"
#include "ui/common/DateFormat.h"

namespace tsunagu::ui {

BirthDateEdit::BirthDateEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("e.g. 1980/4/1 or S55.4.1"));
    connect(this, &QLineEdit::editingFinished, this, &BirthDateEdit::reformat);
    connect(this, &QLineEdit::textChanged, this, &BirthDateEdit::dateChanged);
}

std::optional<QDate> BirthDateEdit::date() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    const Result<QDate> parsed = importer::JapaneseDate::parseDate(typed);
    if (!parsed)
        return std::nullopt;
    return *parsed;
}

void BirthDateEdit::setDate(const std::optional<QDate> &date)
{
    setText(date && date->isValid() ? DateFormat::display(*date) : QString());
}

QString BirthDateEdit::problem() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return {};
    const Result<QDate> parsed = importer::JapaneseDate::parseDate(typed);
    if (parsed)
        return {};
    return tr("“%1” is not a date I can read. Type it like 1980/4/1 or 昭和55年4月1日.").arg(typed.left(40));
}

void BirthDateEdit::reformat()
{
    const std::optional<QDate> parsed = date();
    if (!parsed)
        return;
    const QString shown = DateFormat::display(*parsed);
    if (shown != text())
        setText(shown);
}

} // namespace tsunagu::ui
