// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

#include <optional>

namespace tsunagu::ui {

// An optional calendar date typed as a person says it: 2026-12-01, 2026/12/1,
// 2026年12月1日, 12/1 or 12月1日 (the next such day from the reference date),
// +7 (days after the reference date), +2w (weeks) or +1m (months). Full-width
// digits are fine. Empty means no date.
class DateInput : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateInput(QWidget *parent = nullptr);

    // The date typed; nullopt when the field is empty or cannot be read.
    std::optional<QDate> date() const;
    // Empty, or a date that can be read.
    bool isAcceptable() const;
    void setDate(const std::optional<QDate> &date);

    QDate referenceDate() const { return m_reference; }
    void setReferenceDate(QDate date);

    // What was read, to show beside the field: the date with its weekday
    // (2026年12月4日 (金)), "not a date yet", or nothing when empty.
    QString hint() const;

    // nullopt when `text` is not a date; `reference` anchors "+7" and "12/1".
    static std::optional<QDate> parse(const QString &text, QDate reference);

signals:
    // The date read from the text changed (or became unreadable).
    void dateChanged();

private:
    QDate m_reference;
};

} // namespace tsunagu::ui
