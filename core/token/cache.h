#pragma once

// Bounded, thread-safe cache of verified tokens, keyed by SHA-256 of the token bytes and
// valid until the token's exp (+ skew). Only successful verifications are stored; an entry
// also remembers the keyring generation it was verified under, so removing a key drops its
// tokens at once. Revocation lookups stay with the caller (they must run on every request).

#include "claims.h"

#include <QByteArray>

#include <memory>

namespace sg::token {

class VerificationCache
{
public:
    explicit VerificationCache(int capacity = 65536);
    ~VerificationCache();
    VerificationCache(const VerificationCache &) = delete;
    VerificationCache &operator=(const VerificationCache &) = delete;

    // key = 32-byte SHA-256 of the token. Returns the claims if present, verified under
    // generation, notBefore <= now < validUntil (epoch seconds).
    std::shared_ptr<const TokenClaims> find(QByteArrayView key, qint64 now, quint64 generation) const;
    void insert(QByteArrayView key, std::shared_ptr<const TokenClaims> claims, qint64 validUntil,
                quint64 generation, qint64 notBefore = 0);
    // Drops one token (e.g. on revocation) or everything.
    void remove(QByteArrayView key);
    void clear();

    int size() const;
    int capacity() const;
    quint64 hits() const;
    quint64 misses() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sg::token
