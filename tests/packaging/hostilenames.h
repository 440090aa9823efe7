#pragma once

// The hostile-name corpus shared by tst_pathrules (validator) and tst_scanner (the same
// names created on disk where Linux allows it).

#include <QList>
#include <QString>

namespace sg::test {

struct HostileName
{
    const char *tag;
    QString name; // one path component
    bool onDisk; // Linux can create a file with this name
    const char *needle; // a word the error must contain
};

// One code point (QString::fromUcs4 would drop a leading U+FEFF as a byte order mark).
inline QString u(char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        const QChar pair[2] = { QChar(QChar::highSurrogate(c)), QChar(QChar::lowSurrogate(c)) };
        return QString(pair, 2);
    }
    return QString(QChar(char16_t(c)));
}

inline QList<HostileName> hostileNames()
{
    QList<HostileName> list = {
        { "dot", QStringLiteral("."), false, "not allowed" },
        { "dotdot", QStringLiteral(".."), false, "not allowed" },
        { "empty", QString(), false, "empty" },
        { "CON", QStringLiteral("CON"), true, "device" },
        { "con lower", QStringLiteral("con"), true, "device" },
        { "Con.txt", QStringLiteral("Con.txt"), true, "device" },
        { "PRN", QStringLiteral("PRN"), true, "device" },
        { "aux.json", QStringLiteral("aux.json"), true, "device" },
        { "NUL", QStringLiteral("NUL"), true, "device" },
        { "nul.tar.gz", QStringLiteral("nul.tar.gz"), true, "device" },
        { "NUL space before ext", QStringLiteral("NUL .txt"), true, "device" },
        { "CONIN$", QStringLiteral("CONIN$"), true, "device" },
        { "conout$.log", QStringLiteral("conout$.log"), true, "device" },
        { "COM superscript 1", QStringLiteral("COM") + u(0x00B9), true, "device" },
        { "lpt superscript 3.txt", QStringLiteral("lpt") + u(0x00B3) + QStringLiteral(".txt"), true,
          "device" },
        { "zero width space", QStringLiteral("a") + u(0x200B) + QStringLiteral("b"), true, "zero-width" },
        { "zero width non-joiner", QStringLiteral("a") + u(0x200C), true, "zero-width" },
        { "zero width joiner", u(0x200D) + QStringLiteral("x"), true, "zero-width" },
        { "word joiner", QStringLiteral("x") + u(0x2060) + QStringLiteral("y"), true, "zero-width" },
        { "BOM", u(0xFEFF) + QStringLiteral("data.csv"), true, "zero-width" },
        { "soft hyphen", QStringLiteral("pay") + u(0x00AD) + QStringLiteral("load"), true, "zero-width" },
        { "LRM", QStringLiteral("a") + u(0x200E) + QStringLiteral("b"), true, "bidi" },
        { "RLM", QStringLiteral("a") + u(0x200F) + QStringLiteral("b"), true, "bidi" },
        { "ALM", QStringLiteral("a") + u(0x061C) + QStringLiteral("b"), true, "bidi" },
        { "LRE", QStringLiteral("a") + u(0x202A) + QStringLiteral("b"), true, "bidi" },
        { "RLE", QStringLiteral("a") + u(0x202B) + QStringLiteral("b"), true, "bidi" },
        { "PDF", QStringLiteral("a") + u(0x202C) + QStringLiteral("b"), true, "bidi" },
        { "LRO", QStringLiteral("a") + u(0x202D) + QStringLiteral("b"), true, "bidi" },
        { "RLO txt.exe trick", QStringLiteral("invoice") + u(0x202E) + QStringLiteral("txt.exe"), true,
          "bidi" },
        { "LRI", QStringLiteral("a") + u(0x2066) + QStringLiteral("b"), true, "bidi" },
        { "RLI", QStringLiteral("a") + u(0x2067) + QStringLiteral("b"), true, "bidi" },
        { "FSI", QStringLiteral("a") + u(0x2068) + QStringLiteral("b"), true, "bidi" },
        { "PDI", QStringLiteral("a") + u(0x2069) + QStringLiteral("b"), true, "bidi" },
        { "tag character", QStringLiteral("a") + u(0xE0041), true, "bidi" },
        { "SOH", QStringLiteral("a\x01z"), true, "control" },
        { "tab", QStringLiteral("a\tb"), true, "control" },
        { "newline", QStringLiteral("a\nb"), true, "control" },
        { "carriage return", QStringLiteral("a\rb"), true, "control" },
        { "escape sequence", QStringLiteral("\x1b[31mred"), true, "control" },
        { "DEL", QStringLiteral("a\x7f"), true, "control" },
        { "C1 NEL", QStringLiteral("a") + u(0x0085) + QStringLiteral("b"), true, "control" },
        { "C1 CSI", QStringLiteral("a") + u(0x009B) + QStringLiteral("b"), true, "control" },
        { "line separator", QStringLiteral("a") + u(0x2028) + QStringLiteral("b"), true, "line separator" },
        { "paragraph separator", QStringLiteral("a") + u(0x2029) + QStringLiteral("b"), true,
          "line separator" },
        { "Hangul filler", u(0x3164), true, "invisible" },
        { "Hangul choseong filler", QStringLiteral("a") + u(0x115F), true, "invisible" },
        { "halfwidth Hangul filler", QStringLiteral("a") + u(0xFFA0) + QStringLiteral("b"), true,
          "invisible" },
        { "combining grapheme joiner", QStringLiteral("a") + u(0x034F) + QStringLiteral("b"), true,
          "invisible" },
        { "variation selector", QStringLiteral("a") + u(0xFE0F), true, "invisible" },
        { "braille blank", QStringLiteral("a") + u(0x2800) + QStringLiteral("b"), true, "invisible" },
        { "unassigned U+0378", QStringLiteral("a") + u(0x0378), true, "unassigned" },
        { "noncharacter U+FFFE", QStringLiteral("a") + u(0xFFFE), true, "unassigned" },
        { "trailing dot", QStringLiteral("report."), true, "ends with a dot" },
        { "trailing dots", QStringLiteral("report..."), true, "ends with a dot" },
        { "trailing space", QStringLiteral("report "), true, "ends with a dot or a space" },
        { "trailing NBSP", QStringLiteral("report") + u(0x00A0), true, "ends with a dot or a space" },
        { "trailing ideographic space", QStringLiteral("report") + u(0x3000), true,
          "ends with a dot or a space" },
        { "colon (ADS)", QStringLiteral("file.txt:secret"), true, "Windows does not allow" },
        { "drive letter", QStringLiteral("C:"), true, "Windows does not allow" },
        { "backslash traversal", QStringLiteral("..\\..\\boot.ini"), true, "Windows does not allow" },
        { "less than", QStringLiteral("a<b"), true, "Windows does not allow" },
        { "greater than", QStringLiteral("a>b"), true, "Windows does not allow" },
        { "pipe", QStringLiteral("a|b"), true, "Windows does not allow" },
        { "question mark", QStringLiteral("what?"), true, "Windows does not allow" },
        { "asterisk", QStringLiteral("*.csv"), true, "Windows does not allow" },
        { "double quote", QStringLiteral("say\"hi\""), true, "Windows does not allow" },
        { "256 bytes", QString(256, QLatin1Char('a')), false, "longer than 255 bytes" },
        { "256 bytes of 2-byte chars", QString(128, QChar(0x00E9)), false, "longer than 255 bytes" },
    };
    static const char *const com[]
        = { "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9" };
    static const char *const lpt[] = { "lpt1.txt", "lpt2.txt", "lpt3.txt", "lpt4.txt", "lpt5.txt",
                                       "lpt6.txt", "lpt7.txt", "lpt8.txt", "lpt9.txt" };
    for (const char *n : com)
        list.append({ n, QString::fromLatin1(n), true, "device" });
    for (const char *n : lpt)
        list.append({ n, QString::fromLatin1(n), true, "device" });
    return list;
}

} // namespace sg::test
