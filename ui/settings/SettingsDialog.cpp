// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsDialog.h"

#include "ui/common/MessageBoxes.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/DateSettingsPage.h"
#include "ui/settings/GeneralSettingsPage.h"
#include "ui/settings/LetterSettingsPage.h"
#include "ui/settings/TodaySettingsPage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

SettingsDialog::Restarter &restartHook()
{
    static SettingsDialog::Restarter hook;
    return hook;
}

void restartForReal(const QString &program, const QStringList &arguments)
{
    if (!QProcess::startDetached(program, arguments)) {
        MessageBoxes::warning(QApplication::activeWindow(), SettingsDialog::tr("Tsunagu could not start again."),
            SettingsDialog::tr("Quit and start it yourself; the new language is used then."));
        return;
    }
    // As File → Quit: every window closes its own way (drafts are kept).
    QTimer::singleShot(0, qApp, &QApplication::closeAllWindows);
}

} // namespace

SettingsDialog::SettingsDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_general(new GeneralSettingsPage(this))
    , m_dates(new DateSettingsPage(m_session.clock().today(), this))
    , m_letters(new LetterSettingsPage(this))
    , m_today(new TodaySettingsPage(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(m_general, tr("&General"));
    m_tabs->addTab(m_dates, tr("&Dates"));
    m_tabs->addTab(m_letters, tr("L&etters"));
    m_tabs->addTab(m_today, tr("&Today"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 48, sizeHint().height());
}

void SettingsDialog::addPage(const QString &title, QWidget *page)
{
    page->setParent(m_tabs);
    m_tabs->addTab(page, title);
}

void SettingsDialog::accept()
{
    const std::optional<Translations::Language> languageBefore = AppSettings::language();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<SettingsPage *>(m_tabs->widget(i)))
            page->save();
    }
    emit applied();
    const bool languageChanged = AppSettings::language() != languageBefore;
    QDialog::accept();
    if (languageChanged)
        offerRestart();
}

void SettingsDialog::offerRestart()
{
    const auto answer = MessageBoxes::question(parentWidget(), tr("Restart Tsunagu now in the new language?"),
        tr("Yes: Tsunagu closes (typed text is kept as a draft) and starts again. "
           "No: keep working; the new language is used from the next start."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const QString program = QCoreApplication::applicationFilePath();
    const QStringList arguments = restartArguments(QCoreApplication::arguments().mid(1));
    if (restartHook())
        restartHook()(program, arguments);
    else
        restartForReal(program, arguments);
}

QStringList SettingsDialog::restartArguments(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") || argument == QLatin1String("-lang")) {
            ++i; // and its value
            continue;
        }
        if (argument.startsWith(QLatin1String("--lang=")) || argument.startsWith(QLatin1String("-lang=")))
            continue;
        kept << argument;
    }
    return kept;
}

void SettingsDialog::setRestarter(Restarter restarter)
{
    restartHook() = std::move(restarter);
}

} // namespace tsunagu::ui
