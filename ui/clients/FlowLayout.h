// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace tsunagu::ui {

// Lays its items out left to right and wraps them onto the next line when the
// width runs out: the category chips of a consent card, in any language.
class FlowLayout : public QLayout
{
    Q_OBJECT

public:
    // `spacing` between items on a line (-1: a space of the font), `lineSpacing`
    // between lines (-1: a third of that).
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1, int lineSpacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    int gap() const;
    int lineGap() const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
    int m_lineSpacing;
};

} // namespace tsunagu::ui
