#include "encoding.h"

#include <array>
#include <openssl/crypto.h>

namespace sg::crypto {

namespace {

constexpr char kBase32Alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
constexpr char kBase64UrlAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kHexAlphabet[] = "0123456789abcdef";

// Reverse lookup table: -1 for characters outside the alphabet.
template<int N> constexpr std::array<qint8, 256> reverseTable(const char (&alphabet)[N])
{
    std::array<qint8, 256> table {};
    for (auto &v : table)
        v = -1;
    for (int i = 0; i < N - 1; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = qint8(i);
    return table;
}

constexpr auto kBase32Reverse = reverseTable(kBase32Alphabet);
constexpr auto kBase64UrlReverse = reverseTable(kBase64UrlAlphabet);
constexpr auto kBase64Reverse = reverseTable(kBase64Alphabet);

QString describeChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x21 && u < 0x7f)
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    return QStringLiteral("byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
}

// Generic "bits per character" decoder without padding; strict about leftover bits.
Result<QByteArray> decodeBits(QByteArrayView text, const std::array<qint8, 256> &table, int bitsPerChar,
                              const char *name)
{
    QByteArray out(text.size() * bitsPerChar / 8, Qt::Uninitialized);
    char *dst = out.data();
    quint32 acc = 0;
    int bits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const int v = table[static_cast<unsigned char>(c)];
        if (v < 0) {
            if (c == '=')
                return fail(
                    QStringLiteral("invalid %1: padding '=' at position %2 (this encoding has no padding)")
                        .arg(QLatin1String(name))
                        .arg(i),
                    QStringLiteral("format"));
            return fail(QStringLiteral("invalid %1: %2 at position %3 is outside the alphabet")
                            .arg(QLatin1String(name), describeChar(c))
                            .arg(i),
                        QStringLiteral("format"));
        }
        acc = (acc << bitsPerChar) | quint32(v);
        bits += bitsPerChar;
        if (bits >= 8) {
            bits -= 8;
            *dst++ = char((acc >> bits) & 0xff);
        }
    }
    // Leftover bits must be fewer than one character's worth and all zero; a length
    // that leaves a whole character of leftover bits cannot come from an encoder.
    if (bits >= bitsPerChar)
        return fail(QStringLiteral("invalid %1: length %2 is not a possible encoded length (truncated?)")
                        .arg(QLatin1String(name))
                        .arg(text.size()),
                    QStringLiteral("format"));
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0)
        return fail(QStringLiteral("invalid %1: non-zero trailing bits in the last character (not canonical)")
                        .arg(QLatin1String(name)),
                    QStringLiteral("format"));
    return out;
}

QByteArray encodeBits(QByteArrayView data, const char *alphabet, int bitsPerChar)
{
    QByteArray out;
    out.reserve((data.size() * 8 + bitsPerChar - 1) / bitsPerChar);
    quint32 acc = 0;
    int bits = 0;
    const quint32 mask = (1u << bitsPerChar) - 1;
    for (const char c : data) {
        acc = (acc << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= bitsPerChar) {
            bits -= bitsPerChar;
            out.append(alphabet[(acc >> bits) & mask]);
        }
    }
    if (bits > 0)
        out.append(alphabet[(acc << (bitsPerChar - bits)) & mask]);
    return out;
}

} // namespace

QByteArray base32LowerEncode(QByteArrayView data)
{
    return encodeBits(data, kBase32Alphabet, 5);
}

Result<QByteArray> base32LowerDecode(QByteArrayView text)
{
    return decodeBits(text, kBase32Reverse, 5, "base32");
}

QByteArray base64UrlEncode(QByteArrayView data)
{
    return encodeBits(data, kBase64UrlAlphabet, 6);
}

Result<QByteArray> base64UrlDecode(QByteArrayView text)
{
    return decodeBits(text, kBase64UrlReverse, 6, "base64url");
}

QByteArray base64Encode(QByteArrayView data)
{
    QByteArray out = encodeBits(data, kBase64Alphabet, 6);
    while (out.size() % 4 != 0)
        out.append('=');
    return out;
}

Result<QByteArray> base64Decode(QByteArrayView text)
{
    // Standard base64 is always padded to a multiple of 4 characters.
    if (text.size() % 4 != 0)
        return fail(QStringLiteral("invalid base64: length %1 is not a multiple of 4 (missing padding?)")
                        .arg(text.size()),
                    QStringLiteral("format"));
    qsizetype padding = 0;
    while (padding < 2 && padding < text.size() && text[text.size() - 1 - padding] == '=')
        ++padding;
    const QByteArrayView body = text.first(text.size() - padding);
    const qsizetype rem = body.size() % 4;
    if ((padding == 0 && rem != 0) || (padding == 1 && rem != 3) || (padding == 2 && rem != 2))
        return fail(QStringLiteral("invalid base64: wrong padding"), QStringLiteral("format"));
    return decodeBits(body, kBase64Reverse, 6, "base64");
}

QByteArray hexEncode(QByteArrayView data)
{
    return encodeBits(data, kHexAlphabet, 4);
}

Result<QByteArray> hexDecode(QByteArrayView text)
{
    if (text.size() % 2 != 0)
        return fail(QStringLiteral("invalid hex: odd length %1").arg(text.size()), QStringLiteral("format"));
    QByteArray out(text.size() / 2, Qt::Uninitialized);
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < text.size(); i += 2) {
        const int hi = nibble(text[i]);
        const int lo = nibble(text[i + 1]);
        if (hi < 0 || lo < 0)
            return fail(QStringLiteral("invalid hex: %1 at position %2 is not a hex digit")
                            .arg(describeChar(hi < 0 ? text[i] : text[i + 1]))
                            .arg(hi < 0 ? i : i + 1),
                        QStringLiteral("format"));
        out[i / 2] = char((hi << 4) | lo);
    }
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace sg::crypto
