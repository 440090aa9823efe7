#pragma once

// The catalog of published dataset versions. publish() takes the bytes of a signed
// manifest, parses it strictly (packaging/manifest.h), verifies its signature, checks its
// license (license/license.h), and stores the manifest's JCS bytes under its CID with an
// index of the fields people search by. Rules:
// - a CID is published once; a second publish of the same bytes is a "duplicate" error;
// - dataset@version names one manifest ("conflict" for different bytes);
// - a dataset name belongs to the creator key that first published it ("not_owner");
// - "previous" must name a published version of the same dataset by the same key;
// - a manifest whose signature fails (tampered bytes) is rejected ("signature").
// Reads (lookups by CID or name@version, search, lineage) are safe from any thread.

#include "common/clock.h"
#include "common/money.h"
#include "common/result.h"
#include "market/database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sg::market {

struct DatasetEntry
{
    QString cid; // manifest CID
    QString dataset;
    QString version;
    QString title;
    QString description;
    QString created; // RFC 3339, as in the manifest
    QString creatorId;
    QString creatorKey; // "ed25519:<base64url>"
    QByteArray licenseJson; // JCS bytes of the license object
    QString licenseHash; // CID of licenseJson
    QString licenseId;
    QString spdx;
    QStringList uses;
    Price pricePerAccess;
    std::optional<Price> pricePerGiB;
    std::optional<qint64> validUntil;
    bool revocable = true; // absent in the license = the creator may revoke
    qint64 shardSize = 0;
    qint64 totalBytes = 0;
    qint64 fileCount = 0;
    qint64 shardCount = 0;
    QString previous; // manifest CID of the version this one revises, may be empty
    qint64 publishedAt = 0;

    // Public JSON for listings (GET /v1/datasets, `datasets --json`).
    QJsonObject toJson() const;
};

struct CatalogQuery
{
    QString text; // substring of dataset, title, description, creator id or SPDX id (case-folded)
    QString creator; // exact creator id
    QString use; // a use the license must allow ("train", ...)
    bool latestOnly = false; // only versions no other published version revises
    int limit = 500;
};

namespace CatalogErrors {
inline const QString kDuplicate = QStringLiteral("duplicate");
inline const QString kConflict = QStringLiteral("conflict");
inline const QString kNotOwner = QStringLiteral("not_owner");
inline const QString kPrevious = QStringLiteral("previous");
inline const QString kNotFound = QStringLiteral("not_found");
inline const QString kSignature = QStringLiteral("signature");
inline const QString kManifest = QStringLiteral("manifest");
inline const QString kLicense = QStringLiteral("license");
} // namespace CatalogErrors

class Catalog
{
public:
    explicit Catalog(std::shared_ptr<Database> db, const Clock *clock = Clock::system());

    // Verifies and publishes a signed manifest (file bytes, JCS or not).
    Result<DatasetEntry> publish(const QByteArray &manifestBytes);

    Result<DatasetEntry> byCid(const QString &cid) const;
    // "name@version".
    Result<DatasetEntry> byRef(const QString &nameAtVersion) const;
    Result<DatasetEntry> byNameVersion(const QString &dataset, const QString &version) const;
    // A CID or name@version.
    Result<DatasetEntry> resolve(const QString &cidOrRef) const;
    // The signed manifest's JCS bytes (what GET /v1/manifests/{cid} serves).
    Result<QByteArray> manifestBytes(const QString &cid) const;

    Result<QList<DatasetEntry>> list(const CatalogQuery &query = {}) const;
    // Every version of a dataset, newest first.
    Result<QList<DatasetEntry>> versions(const QString &dataset) const;
    // cid, then its previous, and so on back to the first version.
    Result<QList<DatasetEntry>> lineage(const QString &cid) const;

    // Size of shard in manifest, or nothing when the shard is not part of it.
    Result<std::optional<qint64>> shardSize(const QString &manifestCid, const QString &shardCid) const;
    // Shard CIDs of a manifest in order.
    Result<QStringList> shards(const QString &manifestCid) const;

private:
    std::shared_ptr<Database> m_db;
    const Clock *m_clock;
};

} // namespace sg::market
