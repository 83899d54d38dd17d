// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "repo/StaffRepository.h"

#include <QFile>
#include <QProcess>
#include <QTest>

namespace tsunagu::test {

QDateTime jstDateTime(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), jst::zone());
}

TempDatabase::TempDatabase()
    : m_clock(jstDateTime(2026, 11, 20, 10, 0))
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
    reopen();
    auto staff = StaffRepository(Session(*m_db, 0, m_clock)).create(QStringLiteral("中村"), StaffRole::Coordinator);
    if (!staff)
        qFatal("cannot create staff: %s", qPrintable(staff.error().message));
    m_staffId = *staff;
}

TempDatabase::~TempDatabase() = default;

void TempDatabase::close()
{
    m_db.reset();
}

void TempDatabase::reopen()
{
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("test.db")));
    if (!db)
        qFatal("cannot open the test database: %s", qPrintable(db.error().message));
    m_db = std::move(*db);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

CliResult runCli(const QStringList &arguments)
{
    const QString program = qEnvironmentVariable("TSUNAGU_CLI");
    CliResult result;
    if (program.isEmpty()) {
        result.err = QStringLiteral("TSUNAGU_CLI is not set");
        return result;
    }
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000)) {
        result.err = QStringLiteral("tsunagu-cli did not finish");
        return result;
    }
    result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    result.out = QString::fromUtf8(p.readAllStandardOutput());
    result.err = QString::fromUtf8(p.readAllStandardError());
    return result;
}

} // namespace tsunagu::test
