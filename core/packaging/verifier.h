#pragma once

// Checks a manifest: its signature, and every shard CID, either against a blob store or
// against a data folder laid out as the manifest says (then also every file's size and
// sha256, in the same single read as the shard CIDs). Each mismatch is one issue naming
// the path or the CID; the run carries on so that every problem is listed.

#include "blobstore.h"
#include "common/result.h"
#include "hashengine.h"
#include "manifest.h"

#include <QList>
#include <QString>

#include <atomic>

namespace sg::packaging {

struct VerifyIssue
{
    QString subject; // "signature", a manifest path or a shard CID
    QString message; // full sentence, includes the subject
};

struct VerifyOptions
{
    QString dataDir; // non-empty: check the files there instead of the blob store
    const BlobStore *store = nullptr; // used when dataDir is empty
    const crypto::Ed25519PublicKey *expectedKey = nullptr; // pin the creator key
    int threads = 0;
    ProgressFunction progress;
    const std::atomic<bool> *cancel = nullptr;
};

struct VerifyReport
{
    bool signatureValid = false;
    QList<VerifyIssue> issues;
    int shardsChecked = 0; // unique shards whose bytes were hashed and matched or not
    int filesChecked = 0;
    qint64 bytesChecked = 0;
    bool ok() const { return issues.isEmpty(); }
};

// Fails (Result error) only when the check itself cannot run (no such folder, canceled);
// mismatches are issues in the report.
Result<VerifyReport> verifyManifest(const Manifest &manifest, const VerifyOptions &options);

} // namespace sg::packaging
