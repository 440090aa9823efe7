#include "revocations.h"

#include "common/logging.h"
#include "crypto/cid.h"
#include "crypto/encoding.h"
#include "crypto/jcs.h"
#include "market/accounts.h"

#include <QJsonDocument>
#include <QMutexLocker>

namespace sg::market {

namespace {

Error invalid(const QString &message)
{
    return fail(message, RevocationErrors::kInvalid);
}

QJsonObject statementObject(RevocationKind kind, const QString &value, const QString &reason, qint64 time,
                            const QString &by)
{
    return QJsonObject { { QStringLiteral("kind"), kindName(kind) },
                         { QStringLiteral("value"), value },
                         { QStringLiteral("reason"), reason },
                         { QStringLiteral("time"), formatUtc(time) },
                         { QStringLiteral("by"), by } };
}

} // namespace

QString kindName(RevocationKind kind)
{
    switch (kind) {
    case RevocationKind::Jti:
        return QStringLiteral("jti");
    case RevocationKind::Buyer:
        return QStringLiteral("buyer");
    case RevocationKind::Manifest:
        return QStringLiteral("manifest");
    case RevocationKind::License:
        return QStringLiteral("license");
    }
    return {};
}

std::optional<RevocationKind> parseKind(const QString &name)
{
    for (RevocationKind k :
         { RevocationKind::Jti, RevocationKind::Buyer, RevocationKind::Manifest, RevocationKind::License }) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

Status validateRevocationValue(RevocationKind kind, const QString &value)
{
    switch (kind) {
    case RevocationKind::Jti:
        if (auto s = validateJobId(value); !s)
            return invalid(
                QStringLiteral("jti to revoke must be 1-128 printable ASCII characters without spaces"));
        return {};
    case RevocationKind::Buyer:
        if (auto s = validateBuyerId(value); !s)
            return invalid(s.errorString());
        return {};
    case RevocationKind::Manifest:
    case RevocationKind::License:
        if (auto c = crypto::Cid::parse(value); !c)
            return invalid(QStringLiteral("%1 to revoke must be a CID (bafkrei...): %2")
                               .arg(kindName(kind), c.errorString()));
        return {};
    }
    return invalid(QStringLiteral("unknown revocation kind"));
}

QJsonObject Revocation::toJson() const
{
    return QJsonObject { { QStringLiteral("revocation"), QJsonDocument::fromJson(statement).object() },
                         { QStringLiteral("signature"), signature } };
}

Result<Revocation> Revocation::create(RevocationKind kind, const QString &value, const QString &reason,
                                      qint64 time, const crypto::Ed25519PrivateKey &key)
{
    SG_TRY(validateRevocationValue(kind, value));
    if (reason.size() > 1000)
        return invalid(QStringLiteral("the reason is longer than 1000 characters"));
    if (key.isNull())
        return invalid(QStringLiteral("no key to sign the revocation with"));
    Revocation r;
    r.kind = kind;
    r.value = value;
    r.reason = reason;
    r.time = time;
    r.by = key.publicKey().toTagged();
    auto jcs = crypto::jcs::canonicalize(QJsonValue(statementObject(kind, value, reason, time, r.by)));
    if (!jcs)
        return invalid(jcs.errorString());
    r.statement = *jcs;
    r.signature
        = QStringLiteral("ed25519:") + QString::fromLatin1(crypto::base64UrlEncode(key.sign(r.statement)));
    return r;
}

Result<Revocation> Revocation::fromJson(const QByteArray &body)
{
    if (body.size() > 16 * 1024)
        return invalid(QStringLiteral("revocation body larger than 16 KiB"));
    auto parsed = crypto::jcs::parse(body);
    if (!parsed)
        return invalid(QStringLiteral("revocation body is not valid JSON: %1").arg(parsed.errorString()));
    if (!parsed->isObject())
        return invalid(QStringLiteral("revocation body must be a JSON object"));
    const QJsonObject outer = parsed->toObject();
    if (outer.size() != 2 || !outer.value(QStringLiteral("revocation")).isObject()
        || !outer.value(QStringLiteral("signature")).isString())
        return invalid(QStringLiteral(
            "revocation body must be {\"revocation\": {...}, \"signature\": \"ed25519:...\"}"));
    const QJsonObject st = outer.value(QStringLiteral("revocation")).toObject();
    static const QStringList members
        = { QStringLiteral("kind"), QStringLiteral("value"), QStringLiteral("reason"), QStringLiteral("time"),
            QStringLiteral("by") };
    for (auto it = st.begin(); it != st.end(); ++it) {
        if (!members.contains(it.key()) || !it.value().isString())
            return invalid(
                QStringLiteral("revocation member '%1' is unknown or not a string").arg(it.key().left(40)));
    }
    for (const QString &m : members) {
        if (!st.contains(m))
            return invalid(QStringLiteral("revocation is missing '%1'").arg(m));
    }
    const auto kind = parseKind(st.value(QStringLiteral("kind")).toString());
    if (!kind)
        return invalid(QStringLiteral("revocation kind must be jti, buyer, manifest or license"));
    Revocation r;
    r.kind = *kind;
    r.value = st.value(QStringLiteral("value")).toString();
    r.reason = st.value(QStringLiteral("reason")).toString();
    SG_TRY(validateRevocationValue(r.kind, r.value));
    if (r.reason.size() > 1000)
        return invalid(QStringLiteral("the reason is longer than 1000 characters"));
    const QString timeText = st.value(QStringLiteral("time")).toString();
    r.time = parseUtc(timeText);
    if (r.time < 0 || formatUtc(r.time) != timeText)
        return invalid(QStringLiteral("revocation time must be UTC like \"2026-01-10T12:00:00Z\""));
    r.by = st.value(QStringLiteral("by")).toString();
    auto key = crypto::Ed25519PublicKey::fromTagged(r.by);
    if (!key)
        return invalid(
            QStringLiteral("revocation 'by' must be an ed25519:<base64url> key: %1").arg(key.errorString()));
    r.signature = outer.value(QStringLiteral("signature")).toString();
    if (!r.signature.startsWith(QLatin1String("ed25519:")))
        return fail(QStringLiteral("revocation signature must be ed25519:<base64url>"),
                    RevocationErrors::kSignature);
    auto sig = crypto::base64UrlDecode(r.signature.mid(8).toLatin1());
    auto jcs = crypto::jcs::canonicalize(QJsonValue(st));
    if (!jcs)
        return invalid(jcs.errorString());
    r.statement = *jcs;
    if (!sig || !key->verify(r.statement, *sig))
        return fail(QStringLiteral("revocation signature does not verify against %1").arg(r.by),
                    RevocationErrors::kSignature);
    return r;
}

const QHash<QString, QString> &RevocationSnapshot::set(RevocationKind kind) const
{
    switch (kind) {
    case RevocationKind::Jti:
        return jti;
    case RevocationKind::Buyer:
        return buyer;
    case RevocationKind::Manifest:
        return manifest;
    case RevocationKind::License:
        break;
    }
    return license;
}

Revocations::Revocations(std::shared_ptr<Database> db, const Clock *clock, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock), m_snapshot(std::make_shared<RevocationSnapshot>())
{ }

void Revocations::setOperatorKeys(const QList<crypto::Ed25519PublicKey> &keys)
{
    QMutexLocker lock(&m_mutex);
    m_operators = keys;
}

QList<crypto::Ed25519PublicKey> Revocations::operatorKeys() const
{
    QMutexLocker lock(&m_mutex);
    return m_operators;
}

std::shared_ptr<const RevocationSnapshot> Revocations::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot;
}

bool Revocations::isRevoked(RevocationKind kind, const QString &value) const
{
    return snapshot()->contains(kind, value);
}

QString Revocations::check(const QString &jti, const QString &buyer, const QString &manifest,
                           const QString &licenseHash) const
{
    const auto s = snapshot();
    if (!jti.isEmpty() && s->jti.contains(jti))
        return QStringLiteral("revoked_jti");
    if (!buyer.isEmpty() && s->buyer.contains(buyer))
        return QStringLiteral("revoked_buyer");
    if (!manifest.isEmpty() && s->manifest.contains(manifest))
        return QStringLiteral("revoked_manifest");
    if (!licenseHash.isEmpty() && s->license.contains(licenseHash))
        return QStringLiteral("revoked_license");
    return {};
}

Status Revocations::authorize(const Revocation &r) const
{
    auto key = crypto::Ed25519PublicKey::fromTagged(r.by);
    if (!key)
        return invalid(key.errorString());
    for (const auto &op : operatorKeys()) {
        if (op == *key)
            return {};
    }
    if (r.kind == RevocationKind::Jti || r.kind == RevocationKind::Buyer)
        return fail(
            QStringLiteral("only an operator key may revoke a %1; %2 is not one").arg(kindName(r.kind), r.by),
            RevocationErrors::kForbidden);
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    const QString column
        = r.kind == RevocationKind::Manifest ? QStringLiteral("cid") : QStringLiteral("license_hash");
    auto q = m_db->exec(
        *conn,
        QStringLiteral("SELECT creator_key, revocable FROM manifests WHERE %1 = ? AND creator_key = ?")
            .arg(column),
        { r.value, r.by });
    if (!q)
        return q.error();
    bool signedByCreator = false;
    while (q->next()) {
        signedByCreator = true;
        if (q->value(1).toLongLong() == 0)
            return fail(
                QStringLiteral("the license of %1 says \"revocable\": false; only an operator may revoke it")
                    .arg(r.value),
                RevocationErrors::kForbidden);
    }
    if (!signedByCreator)
        return fail(QStringLiteral("%1 is neither an operator key nor the creator key of a published %2 %3")
                        .arg(r.by, kindName(r.kind), r.value),
                    RevocationErrors::kForbidden);
    return {};
}

Result<AddResult> Revocations::addSigned(const QByteArray &body)
{
    auto r = Revocation::fromJson(body);
    if (!r)
        return r.error();
    return add(*r);
}

Result<AddResult> Revocations::add(const Revocation &r)
{
    // Re-check what a caller may have built by hand.
    auto reparsed = Revocation::fromJson(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
    if (!reparsed)
        return reparsed.error();
    const qint64 now = m_clock->nowSecs();
    if (qAbs(now - r.time) > kMaxStatementAgeSecs)
        return fail(
            QStringLiteral("revocation was signed at %1, more than %2 s from now (%3); sign a fresh one")
                .arg(formatUtc(r.time))
                .arg(kMaxStatementAgeSecs)
                .arg(formatUtc(now)),
            RevocationErrors::kStale);
    SG_TRY(authorize(r));

    auto tx = WriteTransaction::begin(*m_db);
    if (!tx)
        return tx.error();
    SG_TRY((*tx)->lock(QStringLiteral("revocations")));
    auto existing
        = (*tx)->exec(QStringLiteral("SELECT reason, revoked_at, revoked_by, statement, signature FROM "
                                     "revocations WHERE kind = ? AND value = ?"),
                      { kindName(r.kind), r.value });
    if (!existing)
        return existing.error();
    AddResult out;
    if (existing->next()) {
        // Already revoked: keep the first statement, change nothing.
        out.revocation = r;
        out.revocation.reason = existing->value(0).toString();
        out.revocation.time = existing->value(1).toLongLong();
        out.revocation.by = existing->value(2).toString();
        out.revocation.statement = existing->value(3).toString().toUtf8();
        out.revocation.signature = existing->value(4).toString();
        SG_TRY((*tx)->commit());
        return out;
    }
    SG_TRY((*tx)->exec(
        QStringLiteral("INSERT INTO revocations (kind, value, reason, revoked_at, revoked_by, "
                       "statement, signature) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { kindName(r.kind), r.value, r.reason, r.time, r.by, QString::fromUtf8(r.statement), r.signature }));
    SG_TRY((*tx)->exec(
        QStringLiteral("UPDATE meta SET value = value + 1 WHERE key = 'revocations_generation'")));
    // Every edge listening on the shared store reloads its snapshot when this commits.
    SG_TRY((*tx)->notify(QString::fromLatin1(kRevocationsChannel)));
    SG_TRY((*tx)->commit());
    qCDebug(lcMarket, "revoked %s %s (%s)", qPrintable(kindName(r.kind)), qPrintable(redact(r.value)),
            qPrintable(r.reason));
    out.revocation = r;
    out.added = true;
    auto refreshed = refresh();
    if (!refreshed)
        return refreshed.error();
    return out;
}

Result<std::shared_ptr<RevocationSnapshot>> Revocations::load() const
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    auto gen
        = m_db->exec(*conn, QStringLiteral("SELECT value FROM meta WHERE key = 'revocations_generation'"));
    if (!gen)
        return gen.error();
    auto s = std::make_shared<RevocationSnapshot>();
    s->generation = gen->next() ? gen->value(0).toLongLong() : 0;
    auto q = m_db->exec(*conn, QStringLiteral("SELECT kind, value, reason FROM revocations"));
    if (!q)
        return q.error();
    while (q->next()) {
        const auto kind = parseKind(q->value(0).toString());
        if (!kind)
            continue;
        QHash<QString, QString> *target = &s->license;
        if (*kind == RevocationKind::Jti)
            target = &s->jti;
        else if (*kind == RevocationKind::Buyer)
            target = &s->buyer;
        else if (*kind == RevocationKind::Manifest)
            target = &s->manifest;
        target->insert(q->value(1).toString(), q->value(2).toString());
    }
    return s;
}

Result<bool> Revocations::refresh()
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    auto gen
        = m_db->exec(*conn, QStringLiteral("SELECT value FROM meta WHERE key = 'revocations_generation'"));
    if (!gen)
        return gen.error();
    const qint64 current = gen->next() ? gen->value(0).toLongLong() : 0;
    if (current == snapshot()->generation)
        return false;
    auto loaded = load();
    if (!loaded)
        return loaded.error();
    {
        QMutexLocker lock(&m_mutex);
        if (m_snapshot->generation >= (*loaded)->generation)
            return false;
        m_snapshot = *loaded;
    }
    Q_EMIT changed();
    return true;
}

Result<bool> Revocations::listen()
{
    // The reload runs on the listening thread: one small query, and only when a revocation
    // was added somewhere (rare), so it does not hold up an edge's event loop noticeably.
    return m_db->listen({ QString::fromLatin1(kRevocationsChannel) }, this, [this](const QString &) {
        auto r = refresh();
        if (!r)
            qCWarning(lcMarket, "cannot reload the revocation list after a notification: %s",
                      qPrintable(r.errorString()));
    });
}

Result<QList<Revocation>> Revocations::list() const
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    auto q = m_db->exec(*conn,
                        QStringLiteral("SELECT kind, value, reason, revoked_at, revoked_by, statement, "
                                       "signature FROM revocations ORDER BY seq"));
    if (!q)
        return q.error();
    QList<Revocation> out;
    while (q->next()) {
        Revocation r;
        r.kind = parseKind(q->value(0).toString()).value_or(RevocationKind::Jti);
        r.value = q->value(1).toString();
        r.reason = q->value(2).toString();
        r.time = q->value(3).toLongLong();
        r.by = q->value(4).toString();
        r.statement = q->value(5).toString().toUtf8();
        r.signature = q->value(6).toString();
        out.append(r);
    }
    return out;
}

} // namespace sg::market
