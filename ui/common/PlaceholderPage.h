// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace tsunagu::ui {

// The page of a section that is not built yet. It says so, and nothing more.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(const QString &title, QWidget *parent = nullptr);
};

} // namespace tsunagu::ui
