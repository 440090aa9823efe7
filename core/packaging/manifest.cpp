#include "manifest.h"

#include "common/fileutil.h"
#include "crypto/encoding.h"
#include "crypto/jcs.h"
#include "pathrules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace sg::packaging {

namespace {

const QString kManifest = QStringLiteral("manifest");
constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

Error manifestError(const QString &message)
{
    return fail(QStringLiteral("manifest: %1").arg(message), kManifest);
}

Status checkKeys(const QJsonObject &o, const QString &where, const QStringList &required,
                 const QStringList &optional = {})
{
    for (const QString &k : required) {
        if (!o.contains(k))
            return manifestError(QStringLiteral("%1 is missing \"%2\"").arg(where, k));
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!required.contains(it.key()) && !optional.contains(it.key()))
            return manifestError(QStringLiteral("%1 has an unknown member \"%2\"").arg(where, it.key()));
    }
    return {};
}

Result<qint64> getInteger(const QJsonObject &o, const QString &key, const QString &where, qint64 min,
                          qint64 max = kMaxSafeInteger)
{
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d || d < double(min) || d > double(max))
        return manifestError(
            QStringLiteral("%1.%2 must be an integer from %3 to %4").arg(where, key).arg(min).arg(max));
    return qint64(d);
}

Result<QString> getString(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return manifestError(QStringLiteral("%1.%2 must be a string").arg(where, key));
    return v.toString();
}

Result<qint64> parseCreated(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})Z$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return manifestError(
            QStringLiteral("created '%1' must be UTC like \"2026-01-10T12:00:00Z\"").arg(text));
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return manifestError(QStringLiteral("created '%1' is not a valid date and time").arg(text));
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
}

QByteArray jcsBytes(const QJsonObject &o)
{
    // Cannot fail for what toJson() builds: strings, booleans and integers below 2^53.
    return crypto::jcs::canonicalize(QJsonValue(o)).valueOr(QByteArray());
}

} // namespace

QString formatCreated(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

Status Manifest::validateDataset(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    if (!re.match(name).hasMatch())
        return fail(QStringLiteral("dataset name '%1' must be 1 to 128 letters, digits, '.', '_' or '-', "
                                   "starting with a letter or digit")
                        .arg(displayPath(name)),
                    QStringLiteral("usage"));
    return {};
}

Status Manifest::validateVersion(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$"));
    if (!re.match(version).hasMatch())
        return fail(QStringLiteral("version '%1' must be 1 to 64 letters, digits, '.', '_', '+' or '-', "
                                   "starting with a letter or digit (e.g. 2026-01-10 or 1.2.0)")
                        .arg(displayPath(version)),
                    QStringLiteral("usage"));
    return {};
}

Status Manifest::validateCreatorId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$"));
    if (!re.match(id).hasMatch())
        return fail(
            QStringLiteral("creator id '%1' must be 1 to 128 letters, digits, '.', '_', ':', '@' or '-'")
                .arg(displayPath(id)),
            QStringLiteral("usage"));
    return {};
}

QJsonObject Manifest::toJson(bool withSignature) const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QString::fromLatin1(kManifestFormat));
    o.insert(QStringLiteral("dataset"), dataset);
    o.insert(QStringLiteral("version"), version);
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("created"), formatCreated(created));
    o.insert(QStringLiteral("creator"),
             QJsonObject {
                 { QStringLiteral("id"), creatorId },
                 { QStringLiteral("pubkey"), creatorKey.isNull() ? QString() : creatorKey.toTagged() } });
    o.insert(QStringLiteral("license"), license);
    o.insert(QStringLiteral("shardSize"), shardSize);
    o.insert(QStringLiteral("totalBytes"), totalBytes);
    QJsonArray fa;
    for (const FileEntry &f : files) {
        QJsonArray ea;
        for (const Extent &e : f.extents)
            ea.append(QJsonObject { { QStringLiteral("shard"), e.shard },
                                    { QStringLiteral("offset"), e.offset },
                                    { QStringLiteral("length"), e.length } });
        fa.append(
            QJsonObject { { QStringLiteral("path"), f.path },
                          { QStringLiteral("size"), f.size },
                          { QStringLiteral("sha256"), QString::fromLatin1(crypto::hexEncode(f.sha256)) },
                          { QStringLiteral("extents"), ea } });
    }
    o.insert(QStringLiteral("files"), fa);
    QJsonArray sa;
    for (const ShardEntry &s : shards)
        sa.append(
            QJsonObject { { QStringLiteral("cid"), s.cid.toString() }, { QStringLiteral("size"), s.size } });
    o.insert(QStringLiteral("shards"), sa);
    if (previous)
        o.insert(QStringLiteral("previous"), previous->toString());
    if (withSignature && !signature.isEmpty())
        o.insert(QStringLiteral("signature"),
                 QStringLiteral("ed25519:") + QString::fromLatin1(crypto::base64UrlEncode(signature)));
    return o;
}

QByteArray Manifest::signingInput() const
{
    return jcsBytes(toJson(false));
}

QByteArray Manifest::canonicalBytes() const
{
    return jcsBytes(toJson(true));
}

crypto::Cid Manifest::cid() const
{
    return crypto::Cid::ofData(canonicalBytes());
}

crypto::Cid Manifest::licenseHash() const
{
    return crypto::Cid::ofData(jcsBytes(license));
}

void Manifest::sign(const crypto::Ed25519PrivateKey &key)
{
    creatorKey = key.publicKey();
    signature = key.sign(signingInput());
}

Status Manifest::verifySignature(const crypto::Ed25519PublicKey *expected) const
{
    if (signature.isEmpty())
        return fail(QStringLiteral("manifest is not signed"), QStringLiteral("signature"));
    if (creatorKey.isNull())
        return fail(QStringLiteral("manifest has no creator public key"), QStringLiteral("signature"));
    if (expected && !(*expected == creatorKey))
        return fail(QStringLiteral("manifest is signed by %1, not by the expected key %2")
                        .arg(creatorKey.toTagged(), expected->toTagged()),
                    QStringLiteral("signature"));
    if (!creatorKey.verify(signingInput(), signature))
        return fail(QStringLiteral("manifest signature is not valid for creator key %1: the manifest was "
                                   "changed after signing or signed by another key")
                        .arg(creatorKey.toTagged()),
                    QStringLiteral("signature"));
    return {};
}

Status Manifest::validate() const
{
    SG_TRY(validateDataset(dataset));
    SG_TRY(validateVersion(version));
    SG_TRY(validateCreatorId(creatorId));
    SG_TRY(validateShardSize(shardSize));
    if (license.isEmpty())
        return manifestError(QStringLiteral("license is empty"));
    if (files.isEmpty())
        return manifestError(QStringLiteral("lists no files"));

    // Shards: sizes, and which byte ranges the extents cover.
    struct Span
    {
        qint64 offset;
        qint64 length;
        int file;
    };
    QList<QList<Span>> cover(shards.size());
    for (int i = 0; i < shards.size(); ++i) {
        if (shards.at(i).cid.isNull())
            return manifestError(QStringLiteral("shard %1 has no CID").arg(i));
        if (shards.at(i).size < 1 || shards.at(i).size > shardSize)
            return manifestError(QStringLiteral("shard %1 (%2) has size %3, outside 1..shardSize")
                                     .arg(i)
                                     .arg(shards.at(i).cid.toString())
                                     .arg(shards.at(i).size));
    }

    PathSet seen;
    QByteArray previousKey;
    qint64 total = 0;
    for (int fi = 0; fi < files.size(); ++fi) {
        const FileEntry &f = files.at(fi);
        auto pathOk = validateRelativePath(f.path);
        if (!pathOk)
            return manifestError(pathOk.errorString());
        const QByteArray key = f.path.toUtf8();
        if (fi > 0 && !(previousKey < key))
            return manifestError(QStringLiteral("files are not sorted by path (UTF-8 byte order) at %1")
                                     .arg(displayPath(f.path)));
        previousKey = key;
        auto unique = seen.add(f.path);
        if (!unique)
            return manifestError(unique.errorString());
        if (f.sha256.size() != 32)
            return manifestError(QStringLiteral("%1: sha256 must be 32 bytes").arg(displayPath(f.path)));
        qint64 sum = 0;
        int lastShard = -1;
        for (const Extent &e : f.extents) {
            // A file's pieces follow each other in shard order (readers hash them in turn).
            if (e.shard <= lastShard)
                return manifestError(
                    QStringLiteral("%1: extents must be in increasing shard order").arg(displayPath(f.path)));
            lastShard = e.shard;
            if (e.shard < 0 || e.shard >= shards.size())
                return manifestError(QStringLiteral("%1: extent names shard %2, which does not exist")
                                         .arg(displayPath(f.path))
                                         .arg(e.shard));
            if (e.length < 1 || e.offset < 0 || e.offset + e.length > shards.at(e.shard).size)
                return manifestError(
                    QStringLiteral("%1: extent (shard %2, offset %3, length %4) lies outside the "
                                   "shard")
                        .arg(displayPath(f.path))
                        .arg(e.shard)
                        .arg(e.offset)
                        .arg(e.length));
            cover[e.shard].append(Span { e.offset, e.length, fi });
            sum += e.length;
        }
        if (sum != f.size)
            return manifestError(QStringLiteral("%1: extents add up to %2 bytes but size is %3")
                                     .arg(displayPath(f.path))
                                     .arg(sum)
                                     .arg(f.size));
        total += f.size;
    }
    if (total != totalBytes)
        return manifestError(
            QStringLiteral("totalBytes is %1 but the files add up to %2").arg(totalBytes).arg(total));
    for (int i = 0; i < cover.size(); ++i) {
        QList<Span> &spans = cover[i];
        std::sort(spans.begin(), spans.end(),
                  [](const Span &a, const Span &b) { return a.offset < b.offset; });
        qint64 at = 0;
        for (const Span &s : std::as_const(spans)) {
            if (s.offset != at)
                return manifestError(
                    QStringLiteral("shard %1 (%2): extents %3 at offset %4")
                        .arg(i)
                        .arg(shards.at(i).cid.toString(),
                             s.offset < at ? QStringLiteral("overlap") : QStringLiteral("leave a gap"))
                        .arg(qMin(s.offset, at)));
            at += s.length;
        }
        if (at != shards.at(i).size)
            return manifestError(QStringLiteral("shard %1 (%2): extents cover %3 of its %4 bytes")
                                     .arg(i)
                                     .arg(shards.at(i).cid.toString())
                                     .arg(at)
                                     .arg(shards.at(i).size));
    }
    return {};
}

Result<Manifest> Manifest::fromJson(const QJsonObject &o)
{
    SG_TRY(checkKeys(o, QStringLiteral("manifest"),
                     { QStringLiteral("format"), QStringLiteral("dataset"), QStringLiteral("version"),
                       QStringLiteral("created"), QStringLiteral("creator"), QStringLiteral("license"),
                       QStringLiteral("shardSize"), QStringLiteral("totalBytes"), QStringLiteral("files"),
                       QStringLiteral("shards") },
                     { QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("previous"),
                       QStringLiteral("signature") }));
    const QString where = QStringLiteral("manifest");
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kManifestFormat))
        return manifestError(
            QStringLiteral("format must be \"%1\"; this version of Shardgate cannot read %2")
                .arg(QLatin1String(kManifestFormat),
                     QString::fromUtf8(QJsonDocument(QJsonArray { o.value(QStringLiteral("format")) })
                                           .toJson(QJsonDocument::Compact))));
    Manifest m;
    auto dataset = getString(o, QStringLiteral("dataset"), where);
    if (!dataset)
        return dataset.error();
    m.dataset = *dataset;
    auto version = getString(o, QStringLiteral("version"), where);
    if (!version)
        return version.error();
    m.version = *version;
    for (const QString &key : { QStringLiteral("title"), QStringLiteral("description") }) {
        if (!o.contains(key))
            continue;
        auto s = getString(o, key, where);
        if (!s)
            return s.error();
        if (s->isEmpty())
            return manifestError(QStringLiteral("%1 is empty; leave it out instead").arg(key));
        (key == QLatin1String("title") ? m.title : m.description) = *s;
    }
    auto created = getString(o, QStringLiteral("created"), where);
    if (!created)
        return created.error();
    auto createdSecs = parseCreated(*created);
    if (!createdSecs)
        return createdSecs.error();
    m.created = *createdSecs;

    const QJsonValue creator = o.value(QStringLiteral("creator"));
    if (!creator.isObject())
        return manifestError(QStringLiteral("creator must be an object {\"id\", \"pubkey\"}"));
    const QJsonObject co = creator.toObject();
    SG_TRY(checkKeys(co, QStringLiteral("creator"), { QStringLiteral("id"), QStringLiteral("pubkey") }));
    auto creatorId = getString(co, QStringLiteral("id"), QStringLiteral("creator"));
    if (!creatorId)
        return creatorId.error();
    m.creatorId = *creatorId;
    auto pubkeyText = getString(co, QStringLiteral("pubkey"), QStringLiteral("creator"));
    if (!pubkeyText)
        return pubkeyText.error();
    auto pubkey = crypto::Ed25519PublicKey::fromTagged(*pubkeyText);
    if (!pubkey)
        return manifestError(QStringLiteral("creator.pubkey: %1").arg(pubkey.errorString()));
    m.creatorKey = *pubkey;

    if (!o.value(QStringLiteral("license")).isObject())
        return manifestError(QStringLiteral("license must be an object"));
    m.license = o.value(QStringLiteral("license")).toObject();

    auto shardSize = getInteger(o, QStringLiteral("shardSize"), where, kMinShardSize, kMaxShardSize);
    if (!shardSize)
        return shardSize.error();
    m.shardSize = *shardSize;
    auto totalBytes = getInteger(o, QStringLiteral("totalBytes"), where, 0);
    if (!totalBytes)
        return totalBytes.error();
    m.totalBytes = *totalBytes;

    const QJsonValue shards = o.value(QStringLiteral("shards"));
    if (!shards.isArray())
        return manifestError(QStringLiteral("shards must be an array"));
    const QJsonArray sa = shards.toArray();
    m.shards.reserve(sa.size());
    for (int i = 0; i < sa.size(); ++i) {
        const QString sw = QStringLiteral("shards[%1]").arg(i);
        if (!sa.at(i).isObject())
            return manifestError(QStringLiteral("%1 must be an object").arg(sw));
        const QJsonObject so = sa.at(i).toObject();
        SG_TRY(checkKeys(so, sw, { QStringLiteral("cid"), QStringLiteral("size") }));
        auto cidText = getString(so, QStringLiteral("cid"), sw);
        if (!cidText)
            return cidText.error();
        auto cid = crypto::Cid::parse(*cidText);
        if (!cid)
            return manifestError(QStringLiteral("%1.cid: %2").arg(sw, cid.errorString()));
        auto size = getInteger(so, QStringLiteral("size"), sw, 1, kMaxShardSize);
        if (!size)
            return size.error();
        m.shards.append(ShardEntry { *cid, *size });
    }

    const QJsonValue files = o.value(QStringLiteral("files"));
    if (!files.isArray())
        return manifestError(QStringLiteral("files must be an array"));
    const QJsonArray fa = files.toArray();
    m.files.reserve(fa.size());
    static const QRegularExpression hexRe(QStringLiteral("^[0-9a-f]{64}$"));
    for (int i = 0; i < fa.size(); ++i) {
        const QString fw = QStringLiteral("files[%1]").arg(i);
        if (!fa.at(i).isObject())
            return manifestError(QStringLiteral("%1 must be an object").arg(fw));
        const QJsonObject fo = fa.at(i).toObject();
        SG_TRY(checkKeys(fo, fw,
                         { QStringLiteral("path"), QStringLiteral("size"), QStringLiteral("sha256"),
                           QStringLiteral("extents") }));
        FileEntry f;
        auto path = getString(fo, QStringLiteral("path"), fw);
        if (!path)
            return path.error();
        f.path = *path;
        auto size = getInteger(fo, QStringLiteral("size"), fw, 0);
        if (!size)
            return size.error();
        f.size = *size;
        const QString hex = fo.value(QStringLiteral("sha256")).toString();
        if (!hexRe.match(hex).hasMatch())
            return manifestError(QStringLiteral("%1.sha256 must be 64 lower-case hex digits").arg(fw));
        f.sha256 = crypto::hexDecode(hex.toLatin1()).valueOr(QByteArray());
        const QJsonValue extents = fo.value(QStringLiteral("extents"));
        if (!extents.isArray())
            return manifestError(QStringLiteral("%1.extents must be an array").arg(fw));
        const QJsonArray ea = extents.toArray();
        for (int j = 0; j < ea.size(); ++j) {
            const QString ew = QStringLiteral("%1.extents[%2]").arg(fw).arg(j);
            if (!ea.at(j).isObject())
                return manifestError(QStringLiteral("%1 must be an object").arg(ew));
            const QJsonObject eo = ea.at(j).toObject();
            SG_TRY(checkKeys(
                eo, ew, { QStringLiteral("shard"), QStringLiteral("offset"), QStringLiteral("length") }));
            auto shard = getInteger(eo, QStringLiteral("shard"), ew, 0, std::numeric_limits<int>::max());
            if (!shard)
                return shard.error();
            auto offset = getInteger(eo, QStringLiteral("offset"), ew, 0, kMaxShardSize);
            if (!offset)
                return offset.error();
            auto length = getInteger(eo, QStringLiteral("length"), ew, 1, kMaxShardSize);
            if (!length)
                return length.error();
            f.extents.append(Extent { int(*shard), *offset, *length });
        }
        m.files.append(std::move(f));
    }

    if (o.contains(QStringLiteral("previous"))) {
        auto prevText = getString(o, QStringLiteral("previous"), where);
        if (!prevText)
            return prevText.error();
        auto prev = crypto::Cid::parse(*prevText);
        if (!prev)
            return manifestError(QStringLiteral("previous: %1").arg(prev.errorString()));
        m.previous = *prev;
    }
    if (o.contains(QStringLiteral("signature"))) {
        auto sigText = getString(o, QStringLiteral("signature"), where);
        if (!sigText)
            return sigText.error();
        if (!sigText->startsWith(QLatin1String("ed25519:")))
            return manifestError(QStringLiteral("signature must start with \"ed25519:\""));
        auto sig = crypto::base64UrlDecode(sigText->mid(8).toLatin1());
        if (!sig || sig->size() != crypto::Ed25519PublicKey::kSignatureSize)
            return manifestError(QStringLiteral("signature must be \"ed25519:\" and 64 bytes in base64url"));
        m.signature = *sig;
    }

    SG_TRY(m.validate());
    // What is verified must be exactly what was read: rebuilding the JSON from the model
    // gives back the same object, or some member was not in canonical form.
    if (m.toJson(true) != o)
        return manifestError(
            QStringLiteral("a member is not in canonical form (e.g. upper-case hex, a key "
                           "that is not tagged \"ed25519:\" base64url, or a non-integer number)"));
    return m;
}

Result<Manifest> Manifest::fromJsonText(QByteArrayView text)
{
    auto canonical = crypto::jcs::canonicalize(text);
    if (!canonical)
        return manifestError(QStringLiteral("not valid JSON: %1").arg(canonical.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*canonical, &err);
    if (!doc.isObject())
        return manifestError(QStringLiteral("not a JSON object%1")
                                 .arg(doc.isNull() ? QStringLiteral(": ") + err.errorString() : QString()));
    return fromJson(doc.object());
}

Result<Manifest> Manifest::loadFile(const QString &path)
{
    auto data = readFile(path, qint64(1) << 30);
    if (!data)
        return data.error();
    auto m = fromJsonText(*data);
    if (!m)
        return fail(QStringLiteral("%1: %2").arg(path, m.errorString()), m.errorCode());
    return m;
}

} // namespace sg::packaging
