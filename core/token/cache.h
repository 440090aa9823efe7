#pragma once

// Bounded, thread-safe cache of verified tokens, valid until the token's exp (+ skew). Only
// successful verifications are stored; an entry also remembers the keyring generation it was
// verified under, so removing a key drops its tokens at once. Revocation lookups stay with
// the caller (they must run on every request).
//
// Lookup: a 128-bit keyed hash of the token bytes (two 64-bit qHashBits under seeds drawn
// from the system RNG per cache, so nobody outside can aim tokens at one slot) picks the
// slot, and a hit also compares the whole token with the one stored: a collision can cost a
// probe, never serve another token's claims. (It used to be a SHA-256 of the token, the
// largest cost of a cached check.)

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

    // The claims of exactly this token if present, verified under generation, notBefore <=
    // now < validUntil (epoch seconds).
    std::shared_ptr<const TokenClaims> find(QByteArrayView token, qint64 now, quint64 generation) const;
    void insert(QByteArrayView token, std::shared_ptr<const TokenClaims> claims, qint64 validUntil,
                quint64 generation, qint64 notBefore = 0);
    // Drops one token (e.g. on revocation) or everything.
    void remove(QByteArrayView token);
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
