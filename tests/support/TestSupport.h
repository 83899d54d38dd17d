// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Session.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tsunagu::test {

// A fresh database in a temporary folder, a fixed clock and one staff member.
// Tests never touch the user's home or a shared file.
class TempDatabase
{
public:
    // The fixed clock starts at 2026-11-20 10:00 Japan time.
    TempDatabase();
    ~TempDatabase();

    storage::Database &db() { return *m_db; }
    FixedClock &clock() { return m_clock; }
    Session session() const { return Session(*m_db, m_staffId, m_clock); }
    Session sessionAs(qint64 staffId) const { return Session(*m_db, staffId, m_clock); }
    qint64 staffId() const { return m_staffId; }
    QString path() const { return m_db->path(); }
    QString dirPath() const { return m_dir.path(); }

    // Closes the database (and its connections) so that tests can read the raw
    // file, then reopens it.
    void close();
    void reopen();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<storage::Database> m_db;
    qint64 m_staffId = 0;
};

QDateTime jstDateTime(int y, int m, int d, int h = 0, int min = 0);
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
// Runs tsunagu-cli (path from $TSUNAGU_CLI) and returns its exit code, stdout and stderr.
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList &arguments);

} // namespace tsunagu::test
