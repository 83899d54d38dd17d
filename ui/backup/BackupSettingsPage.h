// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace tsunagu::ui {

// The automatic backups' settings (backup/enabled, backup/keep,
// backup/folder), a page of the settings dialog. It shows the stored values
// when made and stores the fields only when save() is called (the dialog's
// OK), so that Cancel leaves everything as it was.
class BackupSettingsPage : public QWidget
{
    Q_OBJECT

public:
    // `databasePath`, when given, shows where the default folder is.
    explicit BackupSettingsPage(const QString &databasePath = {}, QWidget *parent = nullptr);

    QCheckBox *enabledBox() const { return m_enabled; }
    QSpinBox *keepBox() const { return m_keep; }
    QLineEdit *folderEdit() const { return m_folder; }

public slots:
    // Shows the stored values again.
    void load();
    // Stores the fields.
    void save();

private:
    void chooseFolder();
    void updateEnabled();

    QString m_databasePath;
    QCheckBox *m_enabled;
    QSpinBox *m_keep;
    QLineEdit *m_folder;
    QWidget *m_details;
};

} // namespace tsunagu::ui
