#pragma once

// The signed dataset manifest (DESIGN §3, docs/formats.md "Manifest").
//
// - signature = "ed25519:" + base64url(Ed25519 signature over JCS(manifest without
//   "signature")), by the key in creator.pubkey.
// - manifest CID = CIDv1 raw sha2-256 of JCS(signed manifest). Manifest files are written
//   as exactly those JCS bytes, so `shardgate-cli cid MANIFEST.json` prints the manifest CID.
// - Optional members (title, description, previous) are left out when empty; the
//   license is carried as given (validated by the license module), so the packaging
//   module does not depend on it.
//
// fromJson() is strict: every member typed and checked, unknown members rejected, paths
// checked against pathrules.h, extents and shards consistent (each shard covered exactly
// once by extents, sizes adding up). A manifest that parses is safe to act on; whether
// it is authentic is verifySignature()'s job.

#include "common/result.h"
#include "crypto/cid.h"
#include "crypto/ed25519.h"
#include "planner.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sg::packaging {

inline constexpr char kManifestFormat[] = "shardgate/manifest/v1";

struct FileEntry
{
    QString path;
    qint64 size = 0;
    QByteArray sha256; // raw 32 bytes
    QList<Extent> extents;
};

struct ShardEntry
{
    crypto::Cid cid;
    qint64 size = 0;
};

class Manifest
{
public:
    QString dataset;
    QString version;
    QString title; // optional
    QString description; // optional
    qint64 created = 0; // seconds since the epoch, UTC
    QString creatorId;
    crypto::Ed25519PublicKey creatorKey;
    QJsonObject license;
    qint64 shardSize = kDefaultShardSize;
    qint64 totalBytes = 0;
    QList<FileEntry> files;
    QList<ShardEntry> shards;
    std::optional<crypto::Cid> previous;
    QByteArray signature; // raw 64 bytes; empty when unsigned

    QJsonObject toJson(bool withSignature = true) const;
    // JCS(manifest without signature): what the signature covers.
    QByteArray signingInput() const;
    // JCS(signed manifest): the bytes of a manifest file, and what the CID hashes.
    QByteArray canonicalBytes() const;
    crypto::Cid cid() const;
    // License hash = CID of JCS(license).
    crypto::Cid licenseHash() const;

    // Sets creatorKey to the key's public half, then signs.
    void sign(const crypto::Ed25519PrivateKey &key);
    // Checks the signature against creatorKey (and against expected when given).
    Status verifySignature(const crypto::Ed25519PublicKey *expected = nullptr) const;
    // The structural rules fromJson() applies (paths, extents, sizes, ids).
    Status validate() const;

    static Result<Manifest> fromJson(const QJsonObject &object);
    // Strict JSON (no duplicate keys) then fromJson().
    static Result<Manifest> fromJsonText(QByteArrayView text);
    static Result<Manifest> loadFile(const QString &path);

    // Field rules shared with the packer.
    static Status validateDataset(const QString &name);
    static Status validateVersion(const QString &version);
    static Status validateCreatorId(const QString &id);
};

QString formatCreated(qint64 secs); // "2026-01-10T12:00:00Z"

} // namespace sg::packaging
