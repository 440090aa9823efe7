#include "cid.h"

#include "encoding.h"
#include "sha256.h"

namespace sg::crypto {

namespace {

constexpr quint64 kCidVersion = 1;
constexpr quint64 kCodecRaw = 0x55;
constexpr quint64 kCodecDagPb = 0x70;
constexpr quint64 kMultihashSha256 = 0x12;
constexpr int kDigestSize = 32;

Error cidError(const QString &rule)
{
    return fail(QStringLiteral("invalid CID: %1 (expected CIDv1 raw sha2-256 in base32 lower case, "
                               "\"bafkrei...\")")
                    .arg(rule),
                QStringLiteral("format"));
}

// Reads an unsigned LEB128 varint (at most 9 bytes, minimal encoding as multiformats requires).
bool readVarint(QByteArrayView bytes, qsizetype &pos, quint64 &value)
{
    value = 0;
    for (int i = 0; i < 9; ++i) {
        if (pos >= bytes.size())
            return false;
        const auto b = static_cast<unsigned char>(bytes[pos++]);
        value |= quint64(b & 0x7f) << (7 * i);
        if (!(b & 0x80)) {
            if (i > 0 && b == 0)
                return false; // non-minimal
            return true;
        }
    }
    return false;
}

QString hexCode(quint64 v)
{
    return QStringLiteral("0x%1").arg(v, 2, 16, QLatin1Char('0'));
}

} // namespace

Cid Cid::fromDigest(const QByteArray &sha256Digest)
{
    if (sha256Digest.size() != kDigestSize)
        return Cid();
    return Cid(sha256Digest);
}

Cid Cid::ofData(QByteArrayView data)
{
    return Cid(Sha256::hash(data));
}

Result<Cid> Cid::fromBytes(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return cidError(QStringLiteral("no bytes"));
    qsizetype pos = 0;
    quint64 version = 0;
    if (static_cast<unsigned char>(bytes[0]) == 0x12 && bytes.size() >= 2
        && static_cast<unsigned char>(bytes[1]) == 0x20)
        return cidError(QStringLiteral("CIDv0 (bare sha2-256 multihash, codec dag-pb) is not accepted"));
    if (!readVarint(bytes, pos, version))
        return cidError(QStringLiteral("truncated or malformed version varint"));
    if (version != kCidVersion)
        return cidError(QStringLiteral("version %1 is not 1").arg(version));
    quint64 codec = 0;
    if (!readVarint(bytes, pos, codec))
        return cidError(QStringLiteral("truncated or malformed codec varint"));
    if (codec != kCodecRaw)
        return cidError(
            QStringLiteral("codec %1%2 is not raw (0x55)")
                .arg(hexCode(codec), codec == kCodecDagPb ? QStringLiteral(" (dag-pb)") : QString()));
    quint64 hashCode = 0;
    if (!readVarint(bytes, pos, hashCode))
        return cidError(QStringLiteral("truncated or malformed multihash code"));
    if (hashCode != kMultihashSha256)
        return cidError(
            QStringLiteral("multihash %1%2 is not sha2-256 (0x12)")
                .arg(hexCode(hashCode), hashCode == 0x13 ? QStringLiteral(" (sha2-512)") : QString()));
    quint64 length = 0;
    if (!readVarint(bytes, pos, length))
        return cidError(QStringLiteral("truncated or malformed multihash length"));
    if (length != kDigestSize)
        return cidError(QStringLiteral("multihash digest length %1 is not 32").arg(length));
    const qsizetype remaining = bytes.size() - pos;
    if (remaining < kDigestSize)
        return cidError(QStringLiteral("truncated: digest has %1 of 32 bytes").arg(remaining));
    if (remaining > kDigestSize)
        return cidError(QStringLiteral("%1 trailing bytes after the digest").arg(remaining - kDigestSize));
    return Cid(bytes.sliced(pos).toByteArray());
}

Result<Cid> Cid::parse(QStringView text)
{
    if (text.isEmpty())
        return cidError(QStringLiteral("empty string"));
    const QChar prefix = text.front();
    if (prefix != QLatin1Char('b')) {
        if (prefix == QLatin1Char('B'))
            return cidError(QStringLiteral("upper-case base32 ('B' prefix) is not the canonical form"));
        if (prefix == QLatin1Char('Q') && text.startsWith(QLatin1String("Qm")))
            return cidError(QStringLiteral("CIDv0 (\"Qm...\", base58btc, dag-pb) is not accepted"));
        if (prefix == QLatin1Char('z'))
            return cidError(QStringLiteral("multibase prefix 'z' (base58btc) is not accepted, only 'b' "
                                           "(base32 lower)"));
        return cidError(QStringLiteral("multibase prefix '%1' is not 'b' (base32 lower)").arg(prefix));
    }
    // Only ASCII can be in the canonical form; check before narrowing.
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return cidError(QStringLiteral("non-ASCII character U+%1")
                                .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                .toUpper());
    }
    const QByteArray ascii = text.sliced(1).toLatin1();
    auto bytes = base32LowerDecode(ascii);
    if (!bytes)
        return cidError(bytes.errorString());
    // Strict base32 (lower-case alphabet, no padding, zero trailing bits, possible length)
    // is a bijection, so the text is exactly the canonical form of these bytes; the
    // tests check the round trip.
    return fromBytes(*bytes);
}

QByteArray Cid::bytes() const
{
    if (isNull())
        return {};
    QByteArray out;
    out.reserve(4 + kDigestSize);
    out.append(char(kCidVersion));
    out.append(char(kCodecRaw));
    out.append(char(kMultihashSha256));
    out.append(char(kDigestSize));
    out.append(m_digest);
    return out;
}

QString Cid::toString() const
{
    if (isNull())
        return {};
    return QLatin1Char('b') + QString::fromLatin1(base32LowerEncode(bytes()));
}

} // namespace sg::crypto
