#pragma once

// Fixtures for the market tests: signed manifests built in memory, a fresh home per test.

#include "crypto/cid.h"
#include "crypto/ed25519.h"
#include "crypto/sha256.h"
#include "packaging/manifest.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace sg::test {

inline QJsonObject defaultLicense()
{
    return QJsonDocument::fromJson(R"({"id": "lic-std", "spdx": "CC-BY-4.0",
        "uses": ["train", "evaluate"],
        "pricePerAccess": {"amount": "0.01", "currency": "USD"}})")
        .object();
}

struct ManifestSpec
{
    QString dataset = QStringLiteral("voices");
    QString version = QStringLiteral("2026-01-10");
    QString title = QStringLiteral("Voices");
    QString description = QStringLiteral("Spoken sentences");
    QString creatorId = QStringLiteral("creator-xyz");
    QJsonObject license = defaultLicense();
    QString previous; // manifest CID
    QList<QByteArray> files = { QByteArray("hello shard zero\n"), QByteArray("second file, second shard\n") };
};

// A manifest with one file per shard (file i = files[i]), signed by key; returns the
// manifest (call canonicalBytes() for the file bytes).
inline packaging::Manifest makeManifest(const ManifestSpec &spec, const crypto::Ed25519PrivateKey &key)
{
    packaging::Manifest m;
    m.dataset = spec.dataset;
    m.version = spec.version;
    m.title = spec.title;
    m.description = spec.description;
    m.created = 1767225600;
    m.creatorId = spec.creatorId;
    m.license = spec.license;
    m.shardSize = 1 << 20;
    qint64 total = 0;
    for (int i = 0; i < spec.files.size(); ++i) {
        const QByteArray &data = spec.files.at(i);
        packaging::FileEntry f;
        f.path = QStringLiteral("data/f%1.txt").arg(i);
        f.size = data.size();
        f.sha256 = crypto::Sha256::hash(data);
        f.extents = { packaging::Extent { int(i), 0, data.size() } };
        m.files.append(f);
        m.shards.append(packaging::ShardEntry { crypto::Cid::ofData(data), data.size() });
        total += data.size();
    }
    m.totalBytes = total;
    if (!spec.previous.isEmpty())
        m.previous = crypto::Cid::parse(spec.previous).valueOr(crypto::Cid());
    m.sign(key);
    return m;
}

inline QByteArray signedManifestBytes(const ManifestSpec &spec, const crypto::Ed25519PrivateKey &key)
{
    return makeManifest(spec, key).canonicalBytes();
}

} // namespace sg::test
