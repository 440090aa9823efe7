#pragma once

// CIDv1, multicodec raw (0x55), multihash sha2-256 (0x12, 32 bytes), multibase base32
// lower ('b'): "bafkrei...". This project accepts nothing else: parse() rejects other
// bases, versions, codecs, hashes, truncation, trailing bytes and non-canonical text.

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QString>

namespace sg::crypto {

class Cid
{
public:
    Cid() = default;

    // From a raw 32-byte SHA-256 digest.
    static Cid fromDigest(const QByteArray &sha256Digest);
    // SHA-256 of the data.
    static Cid ofData(QByteArrayView data);
    // From the canonical string; a clear error otherwise.
    static Result<Cid> parse(QStringView text);
    // From the binary form 01 55 12 20 || digest.
    static Result<Cid> fromBytes(QByteArrayView bytes);

    bool isNull() const { return m_digest.isEmpty(); }
    const QByteArray &digest() const { return m_digest; }
    QByteArray bytes() const; // 36 bytes
    QString toString() const; // "bafkrei..." (59 characters)

    friend bool operator==(const Cid &a, const Cid &b) { return a.m_digest == b.m_digest; }
    friend bool operator!=(const Cid &a, const Cid &b) { return !(a == b); }
    friend bool operator<(const Cid &a, const Cid &b) { return a.m_digest < b.m_digest; }
    friend size_t qHash(const Cid &c, size_t seed = 0) { return qHash(c.m_digest, seed); }

private:
    explicit Cid(QByteArray digest) : m_digest(std::move(digest)) { }
    QByteArray m_digest;
};

} // namespace sg::crypto

Q_DECLARE_METATYPE(sg::crypto::Cid)
