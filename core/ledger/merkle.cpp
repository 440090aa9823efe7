#include "ledger/merkle.h"

#include <bit>
#include <cstring>
#include <openssl/evp.h>

namespace sg::ledger {

namespace {

// One digest context per thread with the algorithm fetched once: the log hashes millions
// of 33..65-byte inputs, where EVP's per-call fetch would cost more than the hash.
class FastSha256
{
public:
    FastSha256() : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr)), m_ctx(EVP_MD_CTX_new()) { }
    ~FastSha256()
    {
        EVP_MD_CTX_free(m_ctx);
        EVP_MD_free(m_md);
    }
    void hashInto(unsigned char prefix, const void *a, size_t aSize, const void *b, size_t bSize, char *out)
    {
        // The inputs may overlap out (nodeHashInto(l, h, h)): they are read before the
        // final write.
        unsigned int len = 0;
        EVP_DigestInit_ex2(m_ctx, m_md, nullptr);
        EVP_DigestUpdate(m_ctx, &prefix, 1);
        EVP_DigestUpdate(m_ctx, a, aSize);
        if (bSize)
            EVP_DigestUpdate(m_ctx, b, bSize);
        EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char *>(out), &len);
    }
    QByteArray hash(unsigned char prefix, QByteArrayView a, QByteArrayView b = {})
    {
        QByteArray out(kHashSize, Qt::Uninitialized);
        unsigned int len = 0;
        EVP_DigestInit_ex2(m_ctx, m_md, nullptr);
        EVP_DigestUpdate(m_ctx, &prefix, 1);
        EVP_DigestUpdate(m_ctx, a.data(), size_t(a.size()));
        if (!b.isEmpty())
            EVP_DigestUpdate(m_ctx, b.data(), size_t(b.size()));
        EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char *>(out.data()), &len);
        return out;
    }

private:
    EVP_MD *m_md;
    EVP_MD_CTX *m_ctx;
};

FastSha256 &hasher()
{
    thread_local FastSha256 h;
    return h;
}

// k = the largest power of two smaller than n (n > 1); level = log2(k).
qint64 maxpow2(qint64 n, int *level = nullptr)
{
    int l = 0;
    while ((qint64(1) << (l + 1)) < n)
        ++l;
    if (level)
        *level = l;
    return qint64(1) << l;
}

// Storage indexes needed for the hash of leaves [lo, hi) (tlog subTreeIndex).
void subTreeIndex(qint64 lo, qint64 hi, QList<qint64> &need)
{
    while (lo < hi) {
        int level = 0;
        const qint64 k = maxpow2(hi - lo + 1, &level);
        need.append(storedHashIndex(level, lo >> level));
        lo += k;
    }
}

// Hash of leaves [lo, hi) from the hashes subTreeIndex asked for, consumed from pos.
QByteArray subTreeHash(qint64 lo, qint64 hi, const QList<QByteArray> &hashes, qsizetype &pos)
{
    int numTree = 0;
    while (lo < hi) {
        lo += maxpow2(hi - lo + 1);
        ++numTree;
    }
    QByteArray h = hashes.at(pos + numTree - 1);
    for (int i = numTree - 2; i >= 0; --i)
        h = nodeHash(hashes.at(pos + i), h);
    pos += numTree;
    return h;
}

void leafProofIndex(qint64 lo, qint64 hi, qint64 n, QList<qint64> &need)
{
    if (lo + 1 == hi)
        return;
    const qint64 k = maxpow2(hi - lo);
    if (n < lo + k) {
        leafProofIndex(lo, lo + k, n, need);
        subTreeIndex(lo + k, hi, need);
    } else {
        subTreeIndex(lo, lo + k, need);
        leafProofIndex(lo + k, hi, n, need);
    }
}

void leafProof(qint64 lo, qint64 hi, qint64 n, const QList<QByteArray> &hashes, qsizetype &pos,
               QList<QByteArray> &proof)
{
    if (lo + 1 == hi)
        return;
    const qint64 k = maxpow2(hi - lo);
    if (n < lo + k) {
        leafProof(lo, lo + k, n, hashes, pos, proof);
        proof.append(subTreeHash(lo + k, hi, hashes, pos));
    } else {
        const QByteArray th = subTreeHash(lo, lo + k, hashes, pos);
        leafProof(lo + k, hi, n, hashes, pos, proof);
        proof.append(th);
    }
}

void treeProofIndex(qint64 lo, qint64 hi, qint64 n, QList<qint64> &need)
{
    if (n == hi) {
        if (lo != 0)
            subTreeIndex(lo, hi, need);
        return;
    }
    const qint64 k = maxpow2(hi - lo);
    if (n <= lo + k) {
        treeProofIndex(lo, lo + k, n, need);
        subTreeIndex(lo + k, hi, need);
    } else {
        subTreeIndex(lo, lo + k, need);
        treeProofIndex(lo + k, hi, n, need);
    }
}

void treeProof(qint64 lo, qint64 hi, qint64 n, const QList<QByteArray> &hashes, qsizetype &pos,
               QList<QByteArray> &proof)
{
    if (n == hi) {
        if (lo != 0)
            proof.append(subTreeHash(lo, hi, hashes, pos));
        return;
    }
    const qint64 k = maxpow2(hi - lo);
    if (n <= lo + k) {
        treeProof(lo, lo + k, n, hashes, pos, proof);
        proof.append(subTreeHash(lo + k, hi, hashes, pos));
    } else {
        const QByteArray th = subTreeHash(lo, lo + k, hashes, pos);
        treeProof(lo + k, hi, n, hashes, pos, proof);
        proof.append(th);
    }
}

Result<QList<QByteArray>> readChecked(const HashReader &reader, const QList<qint64> &indexes)
{
    auto hashes = reader.readHashes(indexes);
    if (!hashes.ok())
        return hashes.error();
    if (hashes->size() != indexes.size())
        return fail(QStringLiteral("hash store returned %1 hashes for %2 indexes; the log store is damaged")
                        .arg(hashes->size())
                        .arg(indexes.size()),
                    QStringLiteral("corrupt"));
    for (const QByteArray &h : std::as_const(*hashes)) {
        if (h.size() != kHashSize)
            return fail(
                QStringLiteral("hash store returned a %1-byte hash; the log store is damaged").arg(h.size()),
                QStringLiteral("corrupt"));
    }
    return hashes;
}

bool lsb(quint64 x)
{
    return (x & 1) != 0;
}

} // namespace

QByteArray leafHash(QByteArrayView leafData)
{
    return hasher().hash(0x00, leafData);
}

QByteArray nodeHash(QByteArrayView left, QByteArrayView right)
{
    return hasher().hash(0x01, left, right);
}

void leafHashInto(QByteArrayView leafData, char *out)
{
    hasher().hashInto(0x00, leafData.data(), size_t(leafData.size()), nullptr, 0, out);
}

void nodeHashInto(const char *left, const char *right, char *out)
{
    hasher().hashInto(0x01, left, kHashSize, right, kHashSize, out);
}

QByteArray emptyTreeHash()
{
    static const QByteArray empty
        = QByteArray::fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    return empty;
}

qint64 storedHashIndex(int level, qint64 n)
{
    // Level L's n'th hash is written right after level L+1's 2n+1'th hash.
    for (int l = level; l > 0; --l)
        n = 2 * n + 1;
    // Level 0's n'th hash is written at n + n/2 + n/4 + ...
    qint64 i = 0;
    for (; n > 0; n >>= 1)
        i += n;
    return i + level;
}

void splitStoredHashIndex(qint64 index, int *level, qint64 *n)
{
    qint64 leaf = index / 2;
    qint64 indexN = storedHashIndex(0, leaf);
    for (;;) {
        const qint64 x = indexN + 1 + std::countr_zero(quint64(leaf + 1));
        if (x > index)
            break;
        ++leaf;
        indexN = x;
    }
    *level = int(index - indexN);
    *n = leaf >> *level;
}

qint64 storedHashCount(qint64 treeSize)
{
    if (treeSize <= 0)
        return 0;
    qint64 count = storedHashIndex(0, treeSize - 1) + 1;
    for (quint64 i = quint64(treeSize - 1); i & 1; i >>= 1)
        ++count;
    return count;
}

Result<QList<QByteArray>> storedHashesForLeaf(qint64 n, const QByteArray &leafHash, const HashReader &reader)
{
    QList<QByteArray> out { leafHash };
    const int m = std::countr_zero(quint64(n + 1));
    if (m == 0)
        return out;
    QList<qint64> indexes(m);
    for (int i = 0; i < m; ++i)
        indexes[m - 1 - i] = storedHashIndex(i, (n >> i) - 1);
    auto old = readChecked(reader, indexes);
    if (!old.ok())
        return old.error();
    QByteArray h = leafHash;
    for (int i = 0; i < m; ++i) {
        h = nodeHash(old->at(m - 1 - i), h);
        out.append(h);
    }
    return out;
}

Result<QByteArray> treeHash(qint64 treeSize, const HashReader &reader)
{
    if (treeSize < 0)
        return fail(QStringLiteral("negative tree size"), QStringLiteral("range"));
    if (treeSize == 0)
        return emptyTreeHash();
    QList<qint64> need;
    subTreeIndex(0, treeSize, need);
    auto hashes = readChecked(reader, need);
    if (!hashes.ok())
        return hashes.error();
    qsizetype pos = 0;
    return subTreeHash(0, treeSize, *hashes, pos);
}

Result<QList<QByteArray>> inclusionProof(qint64 index, qint64 treeSize, const HashReader &reader)
{
    if (index < 0 || treeSize <= 0 || index >= treeSize)
        return fail(
            QStringLiteral("no inclusion proof for index %1 in a tree of size %2; the index must be below "
                           "the size")
                .arg(index)
                .arg(treeSize),
            QStringLiteral("range"));
    QList<qint64> need;
    leafProofIndex(0, treeSize, index, need);
    if (need.isEmpty())
        return QList<QByteArray>();
    auto hashes = readChecked(reader, need);
    if (!hashes.ok())
        return hashes.error();
    qsizetype pos = 0;
    QList<QByteArray> proof;
    leafProof(0, treeSize, index, *hashes, pos, proof);
    return proof;
}

Result<QList<QByteArray>> consistencyProof(qint64 oldSize, qint64 newSize, const HashReader &reader)
{
    if (oldSize < 1 || oldSize > newSize)
        return fail(QStringLiteral("no consistency proof from size %1 to %2; need 1 <= old <= new")
                        .arg(oldSize)
                        .arg(newSize),
                    QStringLiteral("range"));
    QList<qint64> need;
    treeProofIndex(0, newSize, oldSize, need);
    if (need.isEmpty())
        return QList<QByteArray>();
    auto hashes = readChecked(reader, need);
    if (!hashes.ok())
        return hashes.error();
    qsizetype pos = 0;
    QList<QByteArray> proof;
    treeProof(0, newSize, oldSize, *hashes, pos, proof);
    return proof;
}

Status verifyInclusion(qint64 index, qint64 treeSize, const QByteArray &leaf, const QList<QByteArray> &proof,
                       const QByteArray &root)
{
    const auto bad = [](const QString &why) {
        return fail(QStringLiteral("inclusion proof rejected: ") + why, QStringLiteral("proof"));
    };
    if (index < 0 || treeSize <= 0 || index >= treeSize)
        return bad(QStringLiteral("index %1 is not below tree size %2").arg(index).arg(treeSize));
    if (leaf.size() != kHashSize || root.size() != kHashSize)
        return bad(QStringLiteral("hashes must be 32 bytes"));
    quint64 fn = quint64(index);
    quint64 sn = quint64(treeSize - 1);
    QByteArray r = leaf;
    for (const QByteArray &p : proof) {
        if (p.size() != kHashSize)
            return bad(QStringLiteral("a proof hash is not 32 bytes"));
        if (sn == 0)
            return bad(QStringLiteral("the proof is longer than the tree is deep"));
        if (lsb(fn) || fn == sn) {
            r = nodeHash(p, r);
            if (!lsb(fn)) {
                while (!lsb(fn) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return bad(QStringLiteral("the proof is shorter than the tree is deep"));
    if (r != root)
        return bad(QStringLiteral("the computed root does not match the checkpoint's root"));
    return {};
}

Status verifyConsistency(qint64 oldSize, qint64 newSize, const QByteArray &oldRoot, const QByteArray &newRoot,
                         const QList<QByteArray> &proof)
{
    const auto bad = [](const QString &why) {
        return fail(QStringLiteral("consistency proof rejected: ") + why, QStringLiteral("proof"));
    };
    if (oldSize < 0 || oldSize > newSize)
        return bad(QStringLiteral("old size %1 is greater than new size %2").arg(oldSize).arg(newSize));
    if (oldRoot.size() != kHashSize || newRoot.size() != kHashSize)
        return bad(QStringLiteral("hashes must be 32 bytes"));
    if (oldSize == newSize) {
        if (!proof.isEmpty())
            return bad(QStringLiteral("equal sizes need an empty proof"));
        if (oldRoot != newRoot)
            return bad(QStringLiteral("the two roots differ for the same size"));
        return {};
    }
    if (oldSize == 0) {
        if (!proof.isEmpty())
            return bad(QStringLiteral("a proof from the empty tree must be empty"));
        return {};
    }
    if (proof.isEmpty())
        return bad(QStringLiteral("empty proof for different sizes"));
    for (const QByteArray &c : proof) {
        if (c.size() != kHashSize)
            return bad(QStringLiteral("a proof hash is not 32 bytes"));
    }
    QList<QByteArray> path = proof;
    if (std::has_single_bit(quint64(oldSize)))
        path.prepend(oldRoot);
    quint64 fn = quint64(oldSize - 1);
    quint64 sn = quint64(newSize - 1);
    while (lsb(fn)) {
        fn >>= 1;
        sn >>= 1;
    }
    QByteArray fr = path.first();
    QByteArray sr = path.first();
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QByteArray &c = path.at(i);
        if (sn == 0)
            return bad(QStringLiteral("the proof is longer than needed"));
        if (lsb(fn) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            if (!lsb(fn)) {
                while (!lsb(fn) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return bad(QStringLiteral("the proof is shorter than needed"));
    if (fr != oldRoot)
        return bad(QStringLiteral("it does not lead to the old root"));
    if (sr != newRoot)
        return bad(QStringLiteral("it does not lead to the new root"));
    return {};
}

void MemoryTree::appendLeafHash(const QByteArray &leafHash)
{
    const qint64 n = m_size;
    m_hashes.append(leafHash);
    QByteArray h = leafHash;
    const int m = std::countr_zero(quint64(n + 1));
    for (int i = 0; i < m; ++i) {
        h = nodeHash(m_hashes.at(storedHashIndex(i, (n >> i) - 1)), h);
        m_hashes.append(h);
    }
    ++m_size;
}

QByteArray MemoryTree::root() const
{
    auto r = treeHash(m_size, *this);
    return r.ok() ? *r : QByteArray();
}

Result<QList<QByteArray>> MemoryTree::readHashes(const QList<qint64> &indexes) const
{
    QList<QByteArray> out;
    out.reserve(indexes.size());
    for (qint64 i : indexes) {
        if (i < 0 || i >= m_hashes.size())
            return fail(QStringLiteral("stored hash %1 is beyond the tree").arg(i), QStringLiteral("range"));
        out.append(m_hashes.at(i));
    }
    return out;
}

void CompactRange::appendLeafHash(const char *leafHash)
{
    char h[kHashSize];
    memcpy(h, leafHash, kHashSize);
    // Each trailing 1 bit of the old size is a complete subtree this leaf closes.
    for (quint64 s = quint64(m_size); s & 1; s >>= 1)
        nodeHashInto(m_stack[--m_depth], h, h);
    memcpy(m_stack[m_depth++], h, kHashSize);
    ++m_size;
}

QByteArray CompactRange::root() const
{
    if (m_depth == 0)
        return emptyTreeHash();
    char h[kHashSize];
    memcpy(h, m_stack[m_depth - 1], kHashSize);
    for (int i = m_depth - 2; i >= 0; --i)
        nodeHashInto(m_stack[i], h, h);
    return QByteArray(h, kHashSize);
}

} // namespace sg::ledger
