#pragma once

// Streaming SHA-256. Digests are raw 32-byte QByteArrays. On CPUs with the x86 SHA
// extensions the blocks run through SHA-NI here (as fast as OpenSSL for one stream, and
// addTwo() runs two streams in about the time of one); elsewhere, or with
// SHARDGATE_SHA256=openssl in the environment, through OpenSSL's EVP.

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace sg::crypto {

class Sha256
{
public:
    static constexpr int kDigestSize = 32;

    Sha256();
    ~Sha256();
    Sha256(Sha256 &&) noexcept;
    Sha256 &operator=(Sha256 &&) noexcept;

    void add(QByteArrayView data);
    void add(const char *data, qsizetype size) { add(QByteArrayView(data, size)); }
    // Returns the digest and resets the object for a new message.
    QByteArray result();

    // The same as a.add(dataA); b.add(dataB), in one interleaved pass where the CPU allows
    // it: the CID of a shard and the sha256 of the file it belongs to, or two shards' CIDs,
    // for little more than the cost of one. `a` and `b` must be different objects.
    static void addTwo(Sha256 &a, QByteArrayView dataA, Sha256 &b, QByteArrayView dataB);
    // Whether addTwo() interleaves on this machine ("sha-ni") or runs one after the other
    // ("openssl").
    static const char *engineName();

    static QByteArray hash(QByteArrayView data);
    // Hashes a whole file with a bounded buffer; fails with a clear error.
    static Result<QByteArray> hashFile(const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sg::crypto
