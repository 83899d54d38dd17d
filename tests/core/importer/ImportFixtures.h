// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the importer tests.

#include "TestSupport.h"
#include "importer/Importer.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QTest>

#include <iconv.h>

namespace tsunagu::test {

// The bytes Japanese Excel's "CSV (comma delimited)" writes: CP932, made with iconv.
inline QByteArray toCp932(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    iconv_t cd = iconv_open("CP932", "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        qFatal("iconv cannot convert to CP932");
    QByteArray out(utf8.size() * 2 + 16, '\0');
    char *in = const_cast<char *>(utf8.constData());
    size_t inLeft = static_cast<size_t>(utf8.size());
    char *o = out.data();
    size_t outLeft = static_cast<size_t>(out.size());
    if (iconv(cd, &in, &inLeft, &o, &outLeft) == static_cast<size_t>(-1))
        qFatal("text not representable in CP932");
    iconv_close(cd);
    out.resize(out.size() - static_cast<qsizetype>(outLeft));
    return out;
}

inline QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

inline QByteArray withBom(const QByteArray &bytes)
{
    return QByteArray("\xEF\xBB\xBF") + bytes;
}

inline int countRows(const storage::Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

inline importer::ImportOptions options(importer::ImportKind kind, bool dryRun = false)
{
    importer::ImportOptions o;
    o.kind = kind;
    o.dryRun = dryRun;
    return o;
}

} // namespace tsunagu::test
