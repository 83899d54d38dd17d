# SPDX-License-Identifier: GPL-3.0-or-later
# バックアップ: automatic rotating backups at start-up, Back up now, Restore,
# the settings page of the three backup keys, the background integrity check,
# the banners of a read-only or damaged file, and the start-up path that opens
# the database (read-only asked, a damaged file restored from a backup).
target_sources(tsunagu_ui PRIVATE
    backup/BackupFolder.cpp backup/BackupFolder.h
    backup/BackupJob.cpp backup/BackupJob.h
    backup/BackupListModel.cpp backup/BackupListModel.h
    backup/BackupSettings.cpp backup/BackupSettings.h
    backup/BackupSettingsPage.cpp backup/BackupSettingsPage.h
    backup/BackupStatus.cpp backup/BackupStatus.h
    backup/DatabaseBanner.cpp backup/DatabaseBanner.h
    backup/DatabaseOpener.cpp backup/DatabaseOpener.h
    backup/DataSafety.cpp backup/DataSafety.h
    backup/OpenFileChooser.cpp backup/OpenFileChooser.h
    backup/RestoreDialog.cpp backup/RestoreDialog.h
)
