#pragma once

// The content-addressed blob store (DESIGN §2, docs/formats.md "Blob store"):
//   <root>/<d>/<cid>   with <d> = the 2 characters after the constant "bafkrei" prefix
// ("bafkreihdwdce..." -> "hd/bafkreihdwdce..."), i.e. the first characters that depend
// on the digest, giving 256 evenly filled folders.
//
// Blobs are written to a temp name in their folder, fsynced, then renamed; a blob under
// its final name is always complete and is never modified. Several processes may share
// a store: identical content has identical names, so a race writes the same bytes twice.
// Reads trust the name unless asked to verify (bytes from anywhere not yet trusted).

#include "common/result.h"
#include "crypto/cid.h"

#include <QByteArray>
#include <QFile>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace sg::packaging {

class BlobStore
{
public:
    explicit BlobStore(QString root); // usually Paths::blobs()

    const QString &root() const { return m_root; }

    // "hd" for "bafkreihd..."
    static QString folderFor(const crypto::Cid &cid);
    QString pathFor(const crypto::Cid &cid) const;

    bool contains(const crypto::Cid &cid) const;
    // Size of the stored blob, or an error when it is missing.
    Result<qint64> size(const crypto::Cid &cid) const;

    enum class PutOutcome { Written, AlreadyPresent };
    // Stores data under cid. The caller vouches that data hashes to cid (the packer
    // computed it); use putVerified() for bytes from elsewhere. An existing blob of the
    // right size is kept; one of the wrong size (damage) is replaced. With syncFolder
    // false the folder's fsync is left to syncFolders() (batching for the packer).
    Result<PutOutcome> put(const crypto::Cid &cid, QByteArrayView data, bool syncFolder = true) const;
    Result<PutOutcome> putVerified(const crypto::Cid &cid, QByteArrayView data) const;
    // Two-step put for bulk writers (the packer): stage() writes the bytes to a temp name
    // and starts their write-back without waiting; commit() fsyncs and renames. Between
    // the two the blob is invisible. A blob already present (right size) is not staged.
    struct Staged
    {
        crypto::Cid cid;
        QByteArray tempPath;
    };
    Result<std::optional<Staged>> stage(const crypto::Cid &cid, QByteArrayView data) const;
    Status commit(const Staged &staged, bool syncFolder = true) const;
    // Renames a staged blob into place without syncing it: only after syncFileSystem()
    // has flushed it (bulk path: stage many, syncFileSystem, publish all, syncFileSystem).
    Status publish(const Staged &staged) const;
    void discard(const Staged &staged) const;
    // Flushes the store's whole file system (syncfs; Linux >= 5.8 reports write-back
    // errors through it): one journal commit and one device flush for many blobs instead
    // of one per blob and per folder.
    Status syncFileSystem() const;
    // fsyncs the given blob folders (names from folderFor) so renames survive a crash.
    Status syncFolders(const QSet<QString> &folders) const;

    // Opens a blob for reading; *size receives its length.
    Result<std::unique_ptr<QFile>> open(const crypto::Cid &cid, qint64 *size = nullptr) const;
    // Reads a whole blob (bounded by maxBytes); with verify, fails unless it hashes to cid.
    Result<QByteArray> read(const crypto::Cid &cid, bool verify, qint64 maxBytes = qint64(64) << 20) const;
    // Streams the blob through SHA-256: ok when present and it hashes to cid and, when
    // expectedSize >= 0, has that size. Errors say "missing", "truncated"/"too long" or
    // "corrupt" and name the CID.
    Status verify(const crypto::Cid &cid, qint64 expectedSize = -1) const;
    // Removes a blob (eviction); ok when it was not there.
    Status remove(const crypto::Cid &cid) const;

private:
    QString m_root;
};

} // namespace sg::packaging
