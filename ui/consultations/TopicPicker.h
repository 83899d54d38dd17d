// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace tsunagu::ui {

class EnumCheckModel;

// 相談内容: the topics as a checklist with type-to-filter. The keyboard stays
// in the filter field (so that an input method works): typing filters the
// list, Up and Down go to the previous and next topic, Space toggles the
// highlighted one (when no input method is composing), Esc clears the
// filter. One stop in the tab order.
class TopicPicker : public QWidget
{
    Q_OBJECT

public:
    explicit TopicPicker(EnumCheckModel *model, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    EnumCheckModel *model() const { return m_model; }
    // The number of topics the filter lets through.
    int visibleCount() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFilterChanged(const QString &text);
    void toggleCurrent();
    void ensureCurrent();
    void showCurrent();

    EnumCheckModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_view;
};

} // namespace tsunagu::ui
