// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupSettingsPage.h"

#include "ui/backup/BackupSettings.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tsunagu::ui {

BackupSettingsPage::BackupSettingsPage(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(databasePath)
    , m_enabled(new QCheckBox(tr("&Make a backup automatically when Tsunagu starts (at most one a day)"), this))
    , m_keep(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
    , m_details(new QWidget(this))
{
    setObjectName(QStringLiteral("backupSettingsPage"));
    setAccessibleName(tr("Backups"));
    m_enabled->setObjectName(QStringLiteral("backupEnabled"));

    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(1, BackupSettings::maxKeep);
    m_keep->setSuffix(tr(" backups"));
    m_keep->setAccessibleName(tr("Number of backups to keep"));

    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setAccessibleName(tr("Backup folder"));
    m_folder->setClearButtonEnabled(true);
    m_folder->setPlaceholderText(m_databasePath.isEmpty()
            ? tr("A \"backups\" folder beside the database file")
            : QDir::toNativeSeparators(BackupSettings::defaultFolder(m_databasePath)) + tr(" (default)"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseBackupFolder"));
    connect(choose, &QPushButton::clicked, this, &BackupSettingsPage::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Keep the newest:"), m_keep);
    form->addRow(tr("&Folder:"), folderRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(folderRow)))
        label->setBuddy(m_folder);

    auto *note = new QLabel(tr("The backups hold everything in the database, personal data included: keep the "
                               "folder on this computer or on a drive only your organisation uses. Older backups "
                               "beyond the number kept are deleted."),
        this);
    note->setWordWrap(true);
    // A tab page gets no height for its width: room for the wrapped lines at the narrowest.
    note->setMinimumHeight(note->heightForWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(m_details);
    layout->addWidget(note);
    layout->addStretch(1);

    load();
    connect(m_enabled, &QCheckBox::toggled, this, &BackupSettingsPage::updateEnabled);
}

void BackupSettingsPage::load()
{
    const BackupSettings settings = BackupSettings::load();
    m_enabled->setChecked(settings.enabled);
    m_keep->setValue(settings.keep);
    m_folder->setText(QDir::toNativeSeparators(settings.folder));
    updateEnabled();
}

void BackupSettingsPage::save()
{
    BackupSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.keep = m_keep->value();
    settings.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    settings.save();
}

void BackupSettingsPage::updateEnabled()
{
    // The folder is also where Back up now writes and Restore looks.
    m_keep->setEnabled(m_enabled->isChecked());
}

void BackupSettingsPage::chooseFolder()
{
    const QString start = m_folder->text().isEmpty() && !m_databasePath.isEmpty()
        ? BackupSettings::defaultFolder(m_databasePath)
        : m_folder->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("The backup folder"), start);
    if (folder.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(folder));
}

} // namespace tsunagu::ui
