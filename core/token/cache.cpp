#include "cache.h"

#include <QHash>
#include <QRandomGenerator>

#include <array>
#include <cstring>
#include <mutex>
#include <vector>

namespace sg::token {

namespace {

constexpr int kShards = 16;

// 128-bit keyed hash of the token (see cache.h).
using Key = std::array<quint64, 2>;

// What a slot keeps alive: the token (compared in full on a hit) and its claims.
struct Entry
{
    QByteArray token;
    std::shared_ptr<const TokenClaims> claims;
};

// One cache line per entry, stored inline (open addressing, linear probing): a lookup
// touches this line, then the entry's token bytes for the full compare.
struct alignas(64) Slot
{
    Key key {};
    std::shared_ptr<const Entry> entry; // null = empty slot
    quint64 generation = 0;
    // Epoch seconds as unsigned 32-bit (good until 2106), so the entry fits one line.
    quint32 validUntil = 0;
    quint32 notBefore = 0;

    bool used() const { return entry != nullptr; }
    bool holds(const Key &k, QByteArrayView token) const
    {
        return key == k && entry->token.size() == token.size()
            && std::memcmp(entry->token.constData(), token.data(), size_t(token.size())) == 0;
    }
};

struct Shard
{
    mutable std::mutex mutex;
    std::vector<Slot> slots; // size is a power of two, at least twice the shard's capacity
    size_t mask = 0;
    size_t count = 0;
    size_t cursor = 0; // eviction hand
    mutable quint64 hits = 0;
    mutable quint64 misses = 0;

    // key[0] picked the shard (low bits); the slot comes from the other half.
    size_t home(const Key &k) const { return size_t(k[1]) & mask; }

    size_t findSlot(const Key &k, QByteArrayView token) const
    {
        for (size_t i = home(k);; i = (i + 1) & mask) {
            if (!slots[i].used())
                return size_t(-1);
            if (slots[i].holds(k, token))
                return i;
        }
    }

    // Backward-shift deletion keeps every probe chain unbroken without tombstones.
    void erase(size_t i)
    {
        slots[i] = Slot();
        --count;
        size_t j = i;
        while (true) {
            j = (j + 1) & mask;
            if (!slots[j].used())
                return;
            const size_t k = home(slots[j].key);
            const bool stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
            if (stays)
                continue;
            slots[i] = std::move(slots[j]);
            slots[j] = Slot();
            i = j;
        }
    }
};

static_assert(sizeof(Slot) == 64, "one cache line per entry");

} // namespace

struct VerificationCache::Private
{
    int capacity = 0;
    size_t perShard = 0;
    std::array<Shard, kShards> shards;
    size_t seeds[2] = { 0, 0 };

    Key keyOf(QByteArrayView token) const
    {
        return Key { quint64(qHashBits(token.data(), size_t(token.size()), seeds[0])),
                     quint64(qHashBits(token.data(), size_t(token.size()), seeds[1])) };
    }
    Shard &shardFor(const Key &key) { return shards[key[0] % kShards]; }
};

VerificationCache::VerificationCache(int capacity) : d(std::make_unique<Private>())
{
    d->seeds[0] = size_t(QRandomGenerator::system()->generate64());
    d->seeds[1] = size_t(QRandomGenerator::system()->generate64());
    d->capacity = qMax(0, capacity);
    d->perShard = size_t((d->capacity + kShards - 1) / kShards);
    if (d->perShard == 0)
        return;
    size_t slots = 8;
    while (slots < 2 * d->perShard)
        slots *= 2;
    for (Shard &shard : d->shards) {
        shard.slots.resize(slots);
        shard.mask = slots - 1;
    }
}

VerificationCache::~VerificationCache() = default;

std::shared_ptr<const TokenClaims> VerificationCache::find(QByteArrayView token, qint64 now,
                                                           quint64 generation) const
{
    if (d->perShard == 0)
        return {};
    const Key key = d->keyOf(token);
    Shard &shard = d->shardFor(key);
    std::lock_guard lock(shard.mutex);
    const size_t i = shard.findSlot(key, token);
    if (i == size_t(-1)) {
        ++shard.misses;
        return {};
    }
    const Slot &slot = shard.slots[i];
    if (now < 0 || quint64(now) >= slot.validUntil || quint64(now) < slot.notBefore
        || slot.generation != generation) {
        // Expired, or verified under a keyring that has changed since: never served.
        shard.erase(i);
        ++shard.misses;
        return {};
    }
    ++shard.hits;
    return slot.entry->claims;
}

void VerificationCache::insert(QByteArrayView token, std::shared_ptr<const TokenClaims> claims,
                               qint64 validUntil, quint64 generation, qint64 notBefore)
{
    const quint32 until = quint32(qBound<qint64>(0, validUntil, 0xffffffffLL));
    const quint32 from = quint32(qBound<qint64>(0, notBefore, 0xffffffffLL));
    if (d->perShard == 0 || !claims)
        return;
    const Key key = d->keyOf(token);
    auto entry = std::make_shared<const Entry>(Entry { token.toByteArray(), std::move(claims) });
    Shard &shard = d->shardFor(key);
    std::lock_guard lock(shard.mutex);
    const size_t existing = shard.findSlot(key, token);
    if (existing != size_t(-1)) {
        Slot &slot = shard.slots[existing];
        slot.validUntil = until;
        slot.notBefore = from;
        slot.generation = generation;
        slot.entry = std::move(entry);
        return;
    }
    // Bounded: when full, the eviction hand drops the next entry it finds.
    while (shard.count >= d->perShard) {
        shard.cursor = (shard.cursor + 1) & shard.mask;
        if (shard.slots[shard.cursor].used())
            shard.erase(shard.cursor);
    }
    size_t i = shard.home(key);
    while (shard.slots[i].used())
        i = (i + 1) & shard.mask;
    shard.slots[i] = Slot { key, std::move(entry), generation, until, from };
    ++shard.count;
}

void VerificationCache::remove(QByteArrayView token)
{
    if (d->perShard == 0)
        return;
    const Key key = d->keyOf(token);
    Shard &shard = d->shardFor(key);
    std::lock_guard lock(shard.mutex);
    const size_t i = shard.findSlot(key, token);
    if (i != size_t(-1))
        shard.erase(i);
}

void VerificationCache::clear()
{
    for (Shard &shard : d->shards) {
        std::lock_guard lock(shard.mutex);
        for (Slot &slot : shard.slots)
            slot = Slot();
        shard.count = 0;
    }
}

int VerificationCache::size() const
{
    size_t n = 0;
    for (const Shard &shard : d->shards) {
        std::lock_guard lock(shard.mutex);
        n += shard.count;
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
