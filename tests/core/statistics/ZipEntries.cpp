// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipEntries.h"

#define ZLIB_CONST
#include <zlib.h>

namespace tsunagu::test {

namespace {

quint32 le(const QByteArray &b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

QByteArray inflateRaw(const QByteArray &data, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream zs{};
    if (inflateInit2_(&zs, -MAX_WBITS, ZLIB_VERSION, int(sizeof(z_stream))) != Z_OK)
        return {};
    zs.next_in = reinterpret_cast<const Bytef *>(data.constData());
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = inflate(&zs, Z_FINISH);
    inflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

} // namespace

QMap<QString, QByteArray> zipEntries(const QByteArray &zip)
{
    QMap<QString, QByteArray> files;
    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > zip.size())
        return files;
    const quint32 count = le(zip, eocd + 10, 2);
    qsizetype p = le(zip, eocd + 16, 4);
    for (quint32 i = 0; i < count; ++i) {
        if (p + 46 > zip.size() || le(zip, p, 4) != 0x02014b50)
            return {};
        const quint32 method = le(zip, p + 10, 2);
        const quint32 packed = le(zip, p + 20, 4);
        const quint32 size = le(zip, p + 24, 4);
        const quint32 nameLength = le(zip, p + 28, 2);
        const quint32 extraLength = le(zip, p + 30, 2);
        const quint32 commentLength = le(zip, p + 32, 2);
        const qsizetype local = le(zip, p + 42, 4);
        const QString name = QString::fromUtf8(zip.mid(p + 46, nameLength));
        p += 46 + nameLength + extraLength + commentLength;
        if (local + 30 > zip.size() || le(zip, local, 4) != 0x04034b50)
            return {};
        const qsizetype start = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
        const QByteArray data = zip.mid(start, packed);
        if (method == 0)
            files.insert(name, data);
        else if (method == 8)
            files.insert(name, inflateRaw(data, size));
        else
            return {};
    }
    return files;
}

} // namespace tsunagu::test
