#include "catalog.h"

#include "common/logging.h"
#include "crypto/jcs.h"
#include "license/license.h"
#include "packaging/manifest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sg::market {

namespace {

const QString kColumns = QStringLiteral(
    "cid, dataset, version, title, description, created, creator_id, creator_key, license_json, "
    "license_hash, license_id, spdx, uses, price_per_access, price_per_gib, currency, valid_until, "
    "revocable, shard_size, total_bytes, file_count, shard_count, previous, published_at");

DatasetEntry entryFromRow(const QSqlQuery &q)
{
    DatasetEntry e;
    e.cid = q.value(0).toString();
    e.dataset = q.value(1).toString();
    e.version = q.value(2).toString();
    e.title = q.value(3).toString();
    e.description = q.value(4).toString();
    e.created = q.value(5).toString();
    e.creatorId = q.value(6).toString();
    e.creatorKey = q.value(7).toString();
    e.licenseJson = q.value(8).toString().toUtf8();
    e.licenseHash = q.value(9).toString();
    e.licenseId = q.value(10).toString();
    e.spdx = q.value(11).toString();
    e.uses = q.value(12).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString currency = q.value(15).toString();
    e.pricePerAccess = Price { q.value(13).toLongLong(), currency };
    if (!q.value(14).isNull())
        e.pricePerGiB = Price { q.value(14).toLongLong(), currency };
    if (!q.value(16).isNull())
        e.validUntil = q.value(16).toLongLong();
    e.revocable = q.value(17).toLongLong() != 0;
    e.shardSize = q.value(18).toLongLong();
    e.totalBytes = q.value(19).toLongLong();
    e.fileCount = q.value(20).toLongLong();
    e.shardCount = q.value(21).toLongLong();
    e.previous = q.value(22).toString();
    e.publishedAt = q.value(23).toLongLong();
    return e;
}

// LIKE pattern matching text literally (%, _ and \ escaped; used with ESCAPE '\').
QString likeLiteral(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString searchText(const QStringList &parts)
{
    // Case-folded and NFC-normalised so "ÉTÉ", "été" and "e\u0301te\u0301" find each other.
    return parts.join(QLatin1Char('\n')).normalized(QString::NormalizationForm_C).toCaseFolded();
}

} // namespace

QJsonObject DatasetEntry::toJson() const
{
    QJsonObject o {
        { QStringLiteral("cid"), cid },
        { QStringLiteral("dataset"), dataset },
        { QStringLiteral("version"), version },
        { QStringLiteral("title"), title },
        { QStringLiteral("description"), description },
        { QStringLiteral("created"), created },
        { QStringLiteral("creator"),
          QJsonObject { { QStringLiteral("id"), creatorId }, { QStringLiteral("pubkey"), creatorKey } } },
        { QStringLiteral("license"), QJsonDocument::fromJson(licenseJson).object() },
        { QStringLiteral("licenseHash"), licenseHash },
        { QStringLiteral("shardSize"), shardSize },
        { QStringLiteral("totalBytes"), totalBytes },
        { QStringLiteral("files"), fileCount },
        { QStringLiteral("shards"), shardCount },
        { QStringLiteral("publishedAt"), formatUtc(publishedAt) },
    };
    if (!previous.isEmpty())
        o.insert(QStringLiteral("previous"), previous);
    return o;
}

Catalog::Catalog(std::shared_ptr<Database> db, const Clock *clock) : m_db(std::move(db)), m_clock(clock)
{ }

Result<DatasetEntry> Catalog::publish(const QByteArray &manifestBytes)
{
    auto parsed = packaging::Manifest::fromJsonText(manifestBytes);
    if (!parsed)
        return fail(parsed.errorString(), CatalogErrors::kManifest);
    const packaging::Manifest &m = *parsed;
    // Authenticity before anything else: a tampered manifest fails here.
    if (auto sig = m.verifySignature(); !sig)
        return fail(QStringLiteral("manifest %1@%2 is not validly signed by its creator key (%3); it was not "
                                   "published")
                        .arg(m.dataset, m.version, sig.errorString()),
                    CatalogErrors::kSignature);
    auto lic = license::License::fromJson(m.license);
    if (!lic)
        return fail(lic.errorString(), CatalogErrors::kLicense);
    const QString licenseHash = m.licenseHash().toString();
    if (lic->hash().toString() != licenseHash)
        return fail(
            QStringLiteral("the manifest's license is not in canonical form (its hash %1 differs from "
                           "the canonical license's %2); re-pack with shardgate-cli pack")
                .arg(licenseHash, lic->hash().toString()),
            CatalogErrors::kLicense);
    auto licenseJcs = crypto::jcs::canonicalize(QJsonValue(m.license));
    if (!licenseJcs)
        return fail(licenseJcs.errorString(), CatalogErrors::kLicense);

    DatasetEntry e;
    e.cid = m.cid().toString();
    e.dataset = m.dataset;
    e.version = m.version;
    e.title = m.title;
    e.description = m.description;
    e.created = packaging::formatCreated(m.created);
    e.creatorId = m.creatorId;
    e.creatorKey = m.creatorKey.toTagged();
    e.licenseJson = *licenseJcs;
    e.licenseHash = licenseHash;
    e.licenseId = lic->id;
    e.spdx = lic->spdx;
    for (license::Use u : lic->uses)
        e.uses << license::useName(u);
    e.pricePerAccess = lic->pricePerAccess;
    e.pricePerGiB = lic->pricePerGiB;
    e.validUntil = lic->validUntil;
    e.revocable = lic->revocable.value_or(true);
    e.shardSize = m.shardSize;
    e.totalBytes = m.totalBytes;
    e.fileCount = m.files.size();
    e.shardCount = m.shards.size();
    e.previous = m.previous ? m.previous->toString() : QString();
    e.publishedAt = m_clock->nowSecs();
    const QByteArray jcs = m.canonicalBytes();

    auto tx = WriteTransaction::begin(*m_db);
    if (!tx)
        return tx.error();
    // The checks below (duplicate, dataset owner, previous) decide on what other edges
    // may be publishing at the same moment.
    SG_TRY((*tx)->lock(QStringLiteral("catalog")));
    auto same
        = (*tx)->exec(QStringLiteral("SELECT dataset, version FROM manifests WHERE cid = ?"), { e.cid });
    if (!same)
        return same.error();
    if (same->next())
        return fail(
            QStringLiteral("manifest %1 (%2@%3) is already published").arg(e.cid, e.dataset, e.version),
            CatalogErrors::kDuplicate);
    auto named = (*tx)->exec(QStringLiteral("SELECT cid FROM manifests WHERE dataset = ? AND version = ?"),
                             { e.dataset, e.version });
    if (!named)
        return named.error();
    if (named->next())
        return fail(QStringLiteral("%1@%2 is already published as %3 with different content; publish a new "
                                   "version instead")
                        .arg(e.dataset, e.version, named->value(0).toString()),
                    CatalogErrors::kConflict);
    auto owner = (*tx)->exec(QStringLiteral("SELECT creator_key FROM manifests WHERE dataset = ? LIMIT 1"),
                             { e.dataset });
    if (!owner)
        return owner.error();
    if (owner->next() && owner->value(0).toString() != e.creatorKey)
        return fail(QStringLiteral("dataset '%1' belongs to creator key %2; this manifest is signed by %3")
                        .arg(e.dataset, owner->value(0).toString(), e.creatorKey),
                    CatalogErrors::kNotOwner);
    if (!e.previous.isEmpty()) {
        auto prev = (*tx)->exec(QStringLiteral("SELECT dataset, creator_key FROM manifests WHERE cid = ?"),
                                { e.previous });
        if (!prev)
            return prev.error();
        if (!prev->next())
            return fail(
                QStringLiteral("previous version %1 is not published here; publish it first").arg(e.previous),
                CatalogErrors::kPrevious);
        if (prev->value(0).toString() != e.dataset || prev->value(1).toString() != e.creatorKey)
            return fail(QStringLiteral("previous version %1 is another dataset or creator's (%2)")
                            .arg(e.previous, prev->value(0).toString()),
                        CatalogErrors::kPrevious);
    }
    QVariant perGiB = e.pricePerGiB ? QVariant(e.pricePerGiB->micros) : QVariant();
    QVariant validUntil = e.validUntil ? QVariant(*e.validUntil) : QVariant();
    QVariant previous = e.previous.isEmpty() ? QVariant() : QVariant(e.previous);
    SG_TRY((*tx)->exec(
        QStringLiteral(
            "INSERT INTO manifests (%1, search_text, manifest_jcs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns),
        { e.cid,
          e.dataset,
          e.version,
          e.title,
          e.description,
          e.created,
          e.creatorId,
          e.creatorKey,
          QString::fromUtf8(e.licenseJson),
          e.licenseHash,
          e.licenseId,
          e.spdx,
          QLatin1Char(',') + e.uses.join(QLatin1Char(',')) + QLatin1Char(','),
          e.pricePerAccess.micros,
          perGiB,
          e.pricePerAccess.currency,
          validUntil,
          qint64(e.revocable ? 1 : 0),
          e.shardSize,
          e.totalBytes,
          e.fileCount,
          e.shardCount,
          previous,
          e.publishedAt,
          searchText({ e.dataset, e.title, e.description, e.creatorId, e.spdx }),
          jcs }));
    for (int i = 0; i < m.shards.size(); ++i) {
        SG_TRY((*tx)->exec(
            QStringLiteral("INSERT INTO manifest_shards (manifest, idx, shard, size) VALUES (?, ?, ?, ?)"),
            { e.cid, qint64(i), m.shards.at(i).cid.toString(), m.shards.at(i).size }));
    }
    SG_TRY((*tx)->commit());
    qCDebug(lcMarket, "published %s@%s as %s", qPrintable(e.dataset), qPrintable(e.version),
            qPrintable(e.cid));
    return e;
}

Result<DatasetEntry> Catalog::byCid(const QString &cid) const
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    auto q
        = m_db->exec(*conn, QStringLiteral("SELECT %1 FROM manifests WHERE cid = ?").arg(kColumns), { cid });
    if (!q)
        return q.error();
    if (!q->next())
        return fail(QStringLiteral("no published manifest %1").arg(cid.left(100)), CatalogErrors::kNotFound);
    return entryFromRow(*q);
}

Result<DatasetEntry> Catalog::byNameVersion(const QString &dataset, const QString &version) const
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    auto q = m_db->exec(
        *conn, QStringLiteral("SELECT %1 FROM manifests WHERE dataset = ? AND version = ?").arg(kColumns),
        { dataset, version });
    if (!q)
        return q.error();
    if (!q->next())
        return fail(QStringLiteral("no published version %1@%2").arg(dataset.left(100), version.left(100)),
                    CatalogErrors::kNotFound);
    return entryFromRow(*q);
}

Result<DatasetEntry> Catalog::byRef(const QString &nameAtVersion) const
{
    const qsizetype at = nameAtVersion.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == nameAtVersion.size() - 1)
        return fail(QStringLiteral("'%1' is not of the form name@version").arg(nameAtVersion.left(100)),
                    CatalogErrors::kNotFound);
    return byNameVersion(nameAtVersion.left(at), nameAtVersion.mid(at + 1));
}

Result<DatasetEntry> Catalog::resolve(const QString &cidOrRef) const
{
    if (cidOrRef.contains(QLatin1Char('@')))
        return byRef(cidOrRef);
    return byCid(cidOrRef);
}

Result<QByteArray> Catalog::manifestBytes(const QString &cid) const
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    auto q = m_db->exec(*conn, QStringLiteral("SELECT manifest_jcs FROM manifests WHERE cid = ?"), { cid });
    if (!q)
        return q.error();
    if (!q->next())
        return fail(QStringLiteral("no published manifest %1").arg(cid.left(100)), CatalogErrors::kNotFound);
    return q->value(0).toByteArray();
}

Result<QList<DatasetEntry>> Catalog::list(const CatalogQuery &query) const
{
    QStringList where;
    QVariantList binds;
    if (!query.text.isEmpty()) {
        where << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        binds << QStringLiteral("%") + likeLiteral(searchText({ query.text })) + QStringLiteral("%");
    }
    if (!query.creator.isEmpty()) {
        where << QStringLiteral("creator_id = ?");
        binds << query.creator;
    }
    if (!query.use.isEmpty()) {
        where << QStringLiteral("uses LIKE ? ESCAPE '\\'");
        binds << QStringLiteral("%,") + likeLiteral(query.use) + QStringLiteral(",%");
    }
    if (query.latestOnly)
        where << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM manifests AS newer WHERE newer.previous = manifests.cid)");
    QString sql = QStringLiteral("SELECT %1 FROM manifests").arg(kColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY dataset, published_at DESC, version DESC LIMIT ?");
    binds << qMax(1, query.limit);

    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    auto q = m_db->exec(*conn, sql, binds);
    if (!q)
        return q.error();
    QList<DatasetEntry> out;
    while (q->next())
        out.append(entryFromRow(*q));
    return out;
}

Result<QList<DatasetEntry>> Catalog::versions(const QString &dataset) const
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    auto q
        = m_db->exec(*conn,
                     QStringLiteral("SELECT %1 FROM manifests WHERE dataset = ? ORDER BY published_at DESC, "
                                    "version DESC")
                         .arg(kColumns),
                     { dataset });
    if (!q)
        return q.error();
    QList<DatasetEntry> out;
    while (q->next())
        out.append(entryFromRow(*q));
    return out;
}

Result<QList<DatasetEntry>> Catalog::lineage(const QString &cid) const
{
    QList<DatasetEntry> out;
    QString next = cid;
    // publish() only accepts a previous that is already published, so the chain is acyclic;
    // the bound guards against a hand-edited database.
    for (int i = 0; !next.isEmpty() && i < 100000; ++i) {
        auto e = byCid(next);
        if (!e)
            return e.error();
        next = e->previous;
        out.append(*e);
    }
    return out;
}

Result<std::optional<qint64>> Catalog::shardSize(const QString &manifestCid, const QString &shardCid) const
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    auto q = m_db->exec(
        *conn, QStringLiteral("SELECT size FROM manifest_shards WHERE shard = ? AND manifest = ? LIMIT 1"),
        { shardCid, manifestCid });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<QStringList> Catalog::shards(const QString &manifestCid) const
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    auto q = m_db->exec(*conn,
                        QStringLiteral("SELECT shard FROM manifest_shards WHERE manifest = ? ORDER BY idx"),
                        { manifestCid });
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace sg::market
