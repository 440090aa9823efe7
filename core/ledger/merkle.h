#pragma once

// RFC 6962 / RFC 9162 Merkle tree hashing, proofs and their verification, over the
// "stored hashes" layout of Go's golang.org/x/mod/sumdb/tlog: for every leaf n the log
// stores the leaf hash and the hashes of the complete subtrees that leaf closes, at
// storage index StoredHashIndex(level, n). Proofs and tree hashes for any size then read
// O(log n) stored hashes and never rehash the log.
//
// All hashes are raw 32-byte SHA-256 digests. Proofs are lists of hashes in RFC 6962
// order (leaf level first). Tested against shared/vectors/merkle_rfc6962.json.

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace sg::ledger {

constexpr int kHashSize = 32;

QByteArray leafHash(QByteArrayView leafData); // SHA-256(0x00 || data)
QByteArray nodeHash(QByteArrayView left, QByteArrayView right); // SHA-256(0x01 || l || r)
QByteArray emptyTreeHash(); // SHA-256("") = root of the empty tree (RFC 6962 MTH({}))
// The same into 32 bytes at out, without an allocation (hot loops over whole logs).
void leafHashInto(QByteArrayView leafData, char *out);
void nodeHashInto(const char *left, const char *right, char *out);

// tlog storage layout.
qint64 storedHashIndex(int level, qint64 n);
void splitStoredHashIndex(qint64 index, int *level, qint64 *n);
qint64 storedHashCount(qint64 treeSize); // stored hashes of a tree of treeSize leaves

// Where stored hashes come from (the SQLite store, an in-memory tree, a tile cache).
class HashReader
{
public:
    virtual ~HashReader() = default;
    // Returns the hashes at the given storage indexes, in the same order.
    virtual Result<QList<QByteArray>> readHashes(const QList<qint64> &indexes) const = 0;
};

// The hashes to store for leaf n (its leaf hash first, then the subtree hashes it
// completes), reading earlier stored hashes from reader.
Result<QList<QByteArray>> storedHashesForLeaf(qint64 n, const QByteArray &leafHash, const HashReader &reader);

// Root of the tree of the first treeSize leaves (emptyTreeHash() for 0).
Result<QByteArray> treeHash(qint64 treeSize, const HashReader &reader);
// Inclusion proof of leaf index in the tree of treeSize leaves (0 <= index < treeSize).
Result<QList<QByteArray>> inclusionProof(qint64 index, qint64 treeSize, const HashReader &reader);
// Consistency proof from oldSize to newSize (0 < oldSize <= newSize; empty when equal).
Result<QList<QByteArray>> consistencyProof(qint64 oldSize, qint64 newSize, const HashReader &reader);

// RFC 9162 §2.1.3.2 / §2.1.4.2 verification. Errors name what did not match.
Status verifyInclusion(qint64 index, qint64 treeSize, const QByteArray &leafHash,
                       const QList<QByteArray> &proof, const QByteArray &root);
Status verifyConsistency(qint64 oldSize, qint64 newSize, const QByteArray &oldRoot, const QByteArray &newRoot,
                         const QList<QByteArray> &proof);

// A whole tree in memory (stored-hash layout); for auditors, tests and benchmarks.
class MemoryTree final : public HashReader
{
public:
    void reserve(qint64 leaves) { m_hashes.reserve(2 * leaves + 64); }
    void appendLeafHash(const QByteArray &leafHash);
    void appendLeaf(QByteArrayView leafData) { appendLeafHash(leafHash(leafData)); }
    qint64 size() const { return m_size; }
    QByteArray root() const; // of the whole tree
    Result<QList<QByteArray>> readHashes(const QList<qint64> &indexes) const override;

private:
    QList<QByteArray> m_hashes;
    qint64 m_size = 0;
};

// Consecutive leaves in one buffer (whole-log scans: no allocation per leaf). Leaf i is
// bytes[start(i) .. ends[i]).
struct LeafBatch
{
    qint64 first = 0; // index of the first leaf
    QByteArray bytes;
    QList<qint32> ends;
    qint64 voids = 0; // leaves of kind "void" in the batch
    qsizetype size() const { return ends.size(); }
    QByteArrayView leaf(qsizetype i) const
    {
        const qint32 start = i ? ends.at(i - 1) : 0;
        return QByteArrayView(bytes.constData() + start, ends.at(i) - start);
    }
};

// The O(log n) right edge of a tree: appends leaf hashes and yields the root of the
// leaves seen so far, without storing them (streaming verification of a whole log).
class CompactRange
{
public:
    void appendLeafHash(const QByteArray &leafHash) { appendLeafHash(leafHash.constData()); }
    void appendLeafHash(const char *leafHash); // 32 bytes
    qint64 size() const { return m_size; }
    QByteArray root() const;

private:
    // Complete subtrees, largest first: one per 1 bit of m_size (at most 64).
    char m_stack[64][kHashSize];
    int m_depth = 0;
    qint64 m_size = 0;
};

} // namespace sg::ledger
