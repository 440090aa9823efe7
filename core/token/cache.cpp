#include "cache.h"

#include <array>
#include <cstring>
#include <deque>
#include <mutex>
#include <unordered_map>

namespace sg::token {

namespace {

constexpr int kShards = 16;

using Key = std::array<unsigned char, 32>;

struct KeyHash
{
    size_t operator()(const Key &k) const noexcept
    {
        // The key is a SHA-256 digest: any 8 bytes of it are a uniform hash already.
        size_t h;
        std::memcpy(&h, k.data() + 8, sizeof h);
        return h;
    }
};

struct Entry
{
    std::shared_ptr<const TokenClaims> claims;
    qint64 validUntil = 0;
    quint64 generation = 0;
};

struct Shard
{
    mutable std::mutex mutex;
    std::unordered_map<Key, Entry, KeyHash> map;
    std::deque<Key> order; // insertion order, for eviction
    mutable quint64 hits = 0;
    mutable quint64 misses = 0;
};

bool toKey(QByteArrayView bytes, Key &key)
{
    if (bytes.size() != qsizetype(key.size()))
        return false;
    std::memcpy(key.data(), bytes.constData(), key.size());
    return true;
}

} // namespace

struct VerificationCache::Private
{
    int capacity = 0;
    size_t perShard = 0;
    std::array<Shard, kShards> shards;

    Shard &shardFor(const Key &key) { return shards[key[0] % kShards]; }
};

VerificationCache::VerificationCache(int capacity) : d(std::make_unique<Private>())
{
    d->capacity = qMax(0, capacity);
    d->perShard = size_t((d->capacity + kShards - 1) / kShards);
}

VerificationCache::~VerificationCache() = default;

std::shared_ptr<const TokenClaims> VerificationCache::find(QByteArrayView keyBytes, qint64 now,
                                                           quint64 generation) const
{
    Key key;
    if (d->capacity == 0 || !toKey(keyBytes, key))
        return {};
    Shard &shard = d->shardFor(key);
    std::lock_guard lock(shard.mutex);
    const auto it = shard.map.find(key);
    if (it == shard.map.end()) {
        ++shard.misses;
        return {};
    }
    if (it->second.validUntil <= now || it->second.generation != generation) {
        // Expired, or verified under a keyring that has changed since: never served.
        shard.map.erase(it);
        ++shard.misses;
        return {};
    }
    ++shard.hits;
    return it->second.claims;
}

void VerificationCache::insert(QByteArrayView keyBytes, std::shared_ptr<const TokenClaims> claims,
                               qint64 validUntil, quint64 generation)
{
    Key key;
    if (d->capacity == 0 || !toKey(keyBytes, key))
        return;
    Shard &shard = d->shardFor(key);
    std::lock_guard lock(shard.mutex);
    auto [it, inserted]
        = shard.map.insert_or_assign(key, Entry { std::move(claims), validUntil, generation });
    Q_UNUSED(it);
    if (!inserted)
        return;
    shard.order.push_back(key);
    // Bounded: drop the oldest entries (some may be gone already).
    while (shard.map.size() > d->perShard && !shard.order.empty()) {
        shard.map.erase(shard.order.front());
        shard.order.pop_front();
    }
    // Keep the order list from growing without bound when entries are removed early.
    if (shard.order.size() > 2 * d->perShard + 16) {
        std::deque<Key> kept;
        for (const Key &k : shard.order) {
            if (shard.map.count(k))
                kept.push_back(k);
        }
        shard.order.swap(kept);
    }
}

void VerificationCache::remove(QByteArrayView keyBytes)
{
    Key key;
    if (!toKey(keyBytes, key))
        return;
    Shard &shard = d->shardFor(key);
    std::lock_guard lock(shard.mutex);
    shard.map.erase(key);
}

void VerificationCache::clear()
{
    for (Shard &shard : d->shards) {
        std::lock_guard lock(shard.mutex);
        shard.map.clear();
        shard.order.clear();
    }
}

int VerificationCache::size() const
{
    size_t n = 0;
    for (const Shard &shard : d->shards) {
        std::lock_guard lock(shard.mutex);
        n += shard.map.size();
    }
    return int(n);
}

int VerificationCache::capacity() const
{
    return int(d->perShard * kShards);
}

quint64 VerificationCache::hits() const
{
    quint64 n = 0;
    for (const Shard &shard : d->shards) {
        std::lock_guard lock(shard.mutex);
        n += shard.hits;
    }
    return n;
}

quint64 VerificationCache::misses() const
{
    quint64 n = 0;
    for (const Shard &shard : d->shards) {
        std::lock_guard lock(shard.mutex);
        n += shard.misses;
    }
    return n;
}

} // namespace sg::token
