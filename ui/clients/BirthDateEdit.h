// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

#include <optional>

namespace tsunagu::ui {

// A birth date typed as people write it: 1980/4/1, 1980-04-01, 19800401,
// 昭和55年4月1日, S55.4.1 … (any width). When the field is left, a date it
// understood is shown in the session's style (1980年4月1日); text it does not
// understand stays as typed, so nothing is lost, and problem() says why.
class BirthDateEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit BirthDateEdit(QWidget *parent = nullptr);

    // The date typed; nullopt when the field is empty or not understood.
    std::optional<QDate> date() const;
    void setDate(const std::optional<QDate> &date);
    // Why the text is not a date; empty when it is one, or when the field is empty.
    QString problem() const;

signals:
    // The date understood changed (or the text stopped being one).
    void dateChanged();

private:
    void reformat();
};

} // namespace tsunagu::ui
