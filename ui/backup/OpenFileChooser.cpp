// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/OpenFileChooser.h"

#include <QDir>
#include <QFileDialog>

#include <optional>

namespace tsunagu::ui {

namespace {
std::optional<QString> s_nextFileName;
QString s_lastCaption;
} // namespace

QString OpenFileChooser::openFileName(
    QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    s_lastCaption = caption;
    if (s_nextFileName) {
        const QString answer = *s_nextFileName;
        s_nextFileName.reset();
        return answer;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder.isEmpty() ? QDir::homePath() : folder, filter);
}

void OpenFileChooser::setNextFileName(const QString &path)
{
    s_nextFileName = path;
}

QString OpenFileChooser::lastCaption()
{
    return s_lastCaption;
}

} // namespace tsunagu::ui
