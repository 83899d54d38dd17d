// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <iconv.h>
#include <string>

namespace tsunagu::importer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::importer::TextDecoder", text);
}

constexpr int maxReportedBytes = 10;

struct Converted {
    QByteArray out;
    QList<qsizetype> badOffsets; // where undecodable bytes start, in the input
    bool unavailable = false; // iconv does not know the encoding
};

// Converts `in` from `from` to UTF-8 with iconv. An undecodable byte is
// skipped and its offset kept, so that several bad lines can be reported;
// after `maxBad` of them conversion stops.
Converted toUtf8(QByteArrayView in, const char *from, int maxBad)
{
    Converted result;
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        result.unavailable = true;
        return result;
    }
    result.out.resize(in.size() + in.size() / 2 + 64);
    // iconv's interface takes non-const input pointers; it never writes through them.
    char *inPtr = const_cast<char *>(in.data());
    size_t inLeft = static_cast<size_t>(in.size());
    qsizetype outPos = 0;
    const auto convertStep = [&](char **source, size_t *sourceLeft) {
        for (;;) {
            char *outPtr = result.out.data() + outPos;
            size_t outLeft = static_cast<size_t>(result.out.size() - outPos);
            const size_t rc = iconv(cd, source, sourceLeft, &outPtr, &outLeft);
            outPos = outPtr - result.out.data();
            if (rc != static_cast<size_t>(-1))
                return 0;
            if (errno != E2BIG)
                return errno;
            result.out.resize(result.out.size() * 2);
        }
    };
    while (inLeft > 0) {
        const int error = convertStep(&inPtr, &inLeft);
        if (error == 0)
            break;
        // EILSEQ (invalid sequence) or EINVAL (sequence cut off at the end).
        result.badOffsets << static_cast<qsizetype>(inPtr - in.data());
        if (result.badOffsets.size() >= maxBad)
            break;
        ++inPtr;
        --inLeft;
        iconv(cd, nullptr, nullptr, nullptr, nullptr); // back to the initial state
    }
    convertStep(nullptr, nullptr); // flush any shift state
    iconv_close(cd);
    result.out.resize(outPos);
    return result;
}

// A file that is UTF-8 on some lines and not on others was put together from
// files in two encodings: reading it all as CP932 would turn its UTF-8 lines
// into nonsense. Real CP932 text almost never forms valid UTF-8 on a line
// with non-ASCII text, so lines of both kinds mean a mixed file. Returns the
// first valid non-ASCII UTF-8 line, or 0 when the file does not look mixed.
int mixedUtf8Line(QByteArrayView bytes)
{
    iconv_t cd = iconv_open("UTF-8", "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return 0;
    int valid = 0;
    int invalid = 0;
    int firstValid = 0;
    int line = 0;
    std::string buffer;
    qsizetype start = 0;
    while (start < bytes.size()) {
        ++line;
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView text = bytes.sliced(start, end - start);
        start = end + 1;
        bool ascii = true;
        for (char c : text) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii)
            continue;
        buffer.resize(static_cast<size_t>(text.size()) * 2 + 8);
        char *in = const_cast<char *>(text.data());
        size_t inLeft = static_cast<size_t>(text.size());
        char *out = buffer.data();
        size_t outLeft = buffer.size();
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
        if (iconv(cd, &in, &inLeft, &out, &outLeft) == static_cast<size_t>(-1)) {
            ++invalid;
        } else {
            ++valid;
            if (firstValid == 0)
                firstValid = line;
        }
    }
    iconv_close(cd);
    return invalid > 0 && valid >= std::max(1, std::min(3, invalid)) ? firstValid : 0;
}

int lineOf(QByteArrayView bytes, qsizetype offset)
{
    // 0x0A is never part of a multi-byte character, in UTF-8 or in CP932.
    return 1 + static_cast<int>(bytes.first(offset).count('\n'));
}

QString describeBadBytes(QByteArrayView bytes, const QList<qsizetype> &offsets)
{
    QStringList parts;
    int lastLine = 0;
    for (qsizetype offset : offsets) {
        const int line = lineOf(bytes, offset);
        if (line == lastLine)
            continue;
        lastLine = line;
        parts << tr("line %1 (byte 0x%2)")
                     .arg(line)
                     .arg(static_cast<uint>(static_cast<unsigned char>(bytes.at(offset))), 2, 16, QLatin1Char('0'));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString TextDecoder::displayName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return tr("detected automatically");
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Cp932:
        return QStringLiteral("Shift_JIS (CP932)");
    }
    return {};
}

std::optional<Encoding> TextDecoder::fromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (n == QLatin1String("cp932") || n == QLatin1String("shiftjis") || n == QLatin1String("sjis")
        || n == QLatin1String("ms932") || n == QLatin1String("windows31j"))
        return Encoding::Cp932;
    if (n == QLatin1String("auto"))
        return Encoding::Auto;
    return std::nullopt;
}

Result<DecodedText> TextDecoder::decode(QByteArrayView bytes, Encoding choice)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return fail(ErrorCode::Invalid,
            tr("The file is in UTF-16 (Excel's \"Unicode text\"), which is not a CSV file. In Excel, save it "
               "as \"CSV UTF-8 (comma delimited)\" and import that file."));
    DecodedText decoded;
    decoded.hadBom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = decoded.hadBom ? bytes.sliced(3) : bytes;
    if (decoded.hadBom && choice == Encoding::Cp932)
        return fail(ErrorCode::Invalid,
            tr("The file starts with a UTF-8 byte-order mark, but Shift_JIS (CP932) was chosen. Import it as "
               "UTF-8, or let the encoding be detected."));

    const auto failed = [](Encoding encoding, const QString &where) {
        return fail(ErrorCode::Invalid,
            tr("The file cannot be read as %1: undecodable bytes on %2. Check the encoding, or save the file "
               "again from Excel as \"CSV UTF-8\".")
                .arg(displayName(encoding), where));
    };

    if (choice == Encoding::Utf8 || decoded.hadBom || choice == Encoding::Auto) {
        const bool forced = choice == Encoding::Utf8 || decoded.hadBom;
        Converted utf8 = toUtf8(body, "UTF-8", forced ? maxReportedBytes : 1);
        if (utf8.unavailable)
            return fail(ErrorCode::Io, tr("This system cannot convert UTF-8 text (iconv is missing it)."));
        if (utf8.badOffsets.isEmpty()) {
            decoded.utf8 = std::move(utf8.out);
            decoded.encoding = Encoding::Utf8;
            return decoded;
        }
        if (forced)
            return failed(Encoding::Utf8, describeBadBytes(body, utf8.badOffsets));
        if (const int utf8Line = mixedUtf8Line(body); utf8Line > 0)
            return fail(ErrorCode::Invalid,
                tr("The file mixes encodings: line %1 is UTF-8, but %2 is not. It was probably put together "
                   "from two files; save it again from Excel as \"CSV UTF-8\" and import that file.")
                    .arg(QString::number(utf8Line), describeBadBytes(body, utf8.badOffsets)));
        // Not UTF-8: Japanese Excel's "CSV (comma delimited)" is CP932.
        Converted sjis = toUtf8(body, "CP932", maxReportedBytes);
        if (sjis.unavailable)
            return fail(ErrorCode::Io, tr("This system cannot convert Shift_JIS (CP932) text (iconv is missing it)."));
        if (sjis.badOffsets.isEmpty()) {
            decoded.utf8 = std::move(sjis.out);
            decoded.encoding = Encoding::Cp932;
            return decoded;
        }
        return fail(ErrorCode::Invalid,
            tr("The file is neither UTF-8 (first undecodable byte on %1) nor Shift_JIS/CP932 (undecodable "
               "bytes on %2); it may mix both. Save it again from Excel as \"CSV UTF-8\" and import that "
               "file.")
                .arg(describeBadBytes(body, utf8.badOffsets), describeBadBytes(body, sjis.badOffsets)));
    }

    Converted sjis = toUtf8(body, "CP932", maxReportedBytes);
    if (sjis.unavailable)
        return fail(ErrorCode::Io, tr("This system cannot convert Shift_JIS (CP932) text (iconv is missing it)."));
    if (!sjis.badOffsets.isEmpty())
        return failed(Encoding::Cp932, describeBadBytes(body, sjis.badOffsets));
    decoded.utf8 = std::move(sjis.out);
    decoded.encoding = Encoding::Cp932;
    return decoded;
}

} // namespace tsunagu::importer
