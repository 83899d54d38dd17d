// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "importer/ImportKind.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace tsunagu::importer {

struct DecodedText {
    QByteArray utf8; // the text as UTF-8, without a byte-order mark
    Encoding encoding = Encoding::Utf8;
    bool hadBom = false;
};

// Turns the bytes of a CSV file as Japanese Excel writes it into UTF-8, with
// glibc's iconv. Detection: a UTF-8 byte-order mark means UTF-8; otherwise
// text that is valid UTF-8 is UTF-8; anything else is read as CP932 (Windows'
// Shift_JIS, with NEC and IBM extensions such as ① and ㈱). An undecodable
// byte is an error that names its line.
class TextDecoder
{
public:
    static Result<DecodedText> decode(QByteArrayView bytes, Encoding choice = Encoding::Auto);

    // "UTF-8", "CP932 (Shift_JIS)": for messages.
    static QString displayName(Encoding encoding);
    // Accepts utf-8, utf8, cp932, shift_jis, sjis, ms932, windows-31j (any case).
    static std::optional<Encoding> fromName(QStringView name);
};

} // namespace tsunagu::importer
