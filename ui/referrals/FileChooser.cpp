// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/FileChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace tsunagu::ui {

namespace {
std::optional<QString> s_nextFileName;
QString s_lastCaption;
} // namespace

QString FileChooser::saveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)
{
    s_lastCaption = caption;
    if (s_nextFileName) {
        const QString answer = *s_nextFileName;
        s_nextFileName.reset();
        return answer;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName), filter);
}

void FileChooser::setNextFileName(const QString &path)
{
    s_nextFileName = path;
}

QString FileChooser::lastCaption()
{
    return s_lastCaption;
}

} // namespace tsunagu::ui
