// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the search normaliser (text::searchKey, phoneKey,
// isKanaReading) on a buffer read as UTF-8 and as UTF-16 (unpaired
// surrogates included). Beyond crashes and sanitizer reports it checks that a
// key never holds a space and that a phone key holds only digits and a leading +.
#include "text/Normalizer.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

[[noreturn]] void failed(const char *what)
{
    std::fprintf(stderr, "fuzz_search_key: %s\n", what);
    std::abort();
}

void check(const QString &input)
{
    using namespace tsunagu::text;
    const QString key = searchKey(input);
    for (QChar c : key) {
        if (c == u' ' || c == u'\u3000')
            failed("a search key holds a space");
    }
    const QString phone = phoneKey(input);
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (!(c >= u'0' && c <= u'9') && !(i == 0 && c == u'+'))
            failed("a phone key holds something other than digits");
    }
    (void)isKanaReading(input);
    (void)searchKey(key);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    check(QString::fromUtf8(bytes, static_cast<qsizetype>(size)));
    // Copied so that the UTF-16 units are aligned.
    std::u16string units(size / 2, u'\0');
    std::memcpy(units.data(), data, units.size() * sizeof(char16_t));
    check(QString::fromUtf16(units.data(), static_cast<qsizetype>(units.size())));
    return 0;
}
