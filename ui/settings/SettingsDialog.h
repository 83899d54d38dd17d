// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QTabWidget;

namespace tsunagu::ui {

class DateSettingsPage;
class GeneralSettingsPage;
class LetterSettingsPage;
class TodaySettingsPage;

// 設定 (File → Settings…, Ctrl+,): one tab per subject. OK stores every page
// (SettingsPage::save) and emits applied(); Cancel stores nothing. A changed
// language asks whether to restart Tsunagu now or to keep working.
// Features add their own pages with addPage().
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts the program again: the real one starts it detached and quits.
    using Restarter = std::function<void(const QString &program, const QStringList &arguments)>;

    // `session` (its clock dates the examples) must outlive the dialog.
    explicit SettingsDialog(const Session &session, QWidget *parent = nullptr);

    // Adds a page after the others. A SettingsPage is saved on OK; any other
    // widget can store its values when applied() is emitted.
    void addPage(const QString &title, QWidget *page);

    QTabWidget *tabs() const { return m_tabs; }
    GeneralSettingsPage *generalPage() const { return m_general; }
    DateSettingsPage *datePage() const { return m_dates; }
    LetterSettingsPage *letterPage() const { return m_letters; }
    TodaySettingsPage *todayPage() const { return m_today; }

    // The arguments to start again with: these, without --lang (the settings choose now).
    static QStringList restartArguments(const QStringList &arguments);
    // Test hook: restarts through `restarter` instead (empty: the real way again).
    static void setRestarter(Restarter restarter);

public slots:
    void accept() override;

signals:
    // Every page was stored (OK).
    void applied();

private:
    void offerRestart();

    Session m_session;
    QTabWidget *m_tabs;
    GeneralSettingsPage *m_general;
    DateSettingsPage *m_dates;
    LetterSettingsPage *m_letters;
    TodaySettingsPage *m_today;
};

} // namespace tsunagu::ui
