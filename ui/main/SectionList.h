// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace tsunagu::ui {

// The sections of the main window, in sidebar order (Ctrl+1 … Ctrl+7).
enum class Section { Today, Clients, Cases, Referrals, Agencies, Statistics, Review };
inline constexpr int sectionCount = 7;

// The sidebar that lists the sections.
class SectionList : public QListWidget
{
    Q_OBJECT

public:
    explicit SectionList(QWidget *parent = nullptr);

    static QString title(Section section);
    // The shortcut that shows a section: Ctrl+1 for the first.
    static QKeySequence shortcut(Section section);

    QSize sizeHint() const override;
};

} // namespace tsunagu::ui
