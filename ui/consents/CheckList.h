// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>
#include <QVariantList>

namespace tsunagu::ui {

// A list of checkable choices, optionally in groups under headings, that can
// be filtered by typing. Space toggles the current choice.
class CheckList : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit CheckList(QWidget *parent = nullptr);

    void addHeading(const QString &text);
    QListWidgetItem *addChoice(const QString &text, const QVariant &value, bool checked = false);

    QVariantList checkedValues() const;
    // The row of the choice holding `value`, or -1.
    int rowOf(const QVariant &value) const;
    void setChecked(const QVariant &value, bool checked);
    bool isChecked(const QVariant &value) const;

    // Hides the choices whose text does not contain `text` (any kana or width).
    void setFilter(const QString &text);

    QSize sizeHint() const override;

signals:
    void checkedChanged();
};

} // namespace tsunagu::ui
