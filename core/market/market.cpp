#include "market.h"

#include "common/fileutil.h"
#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace sg::market {

Result<std::unique_ptr<Market>> Market::open(const MarketOptions &options)
{
    if (options.home.isEmpty())
        return fail(QStringLiteral("no Shardgate home given"));
    const Paths paths(options.home);
    if (!options.readOnly) {
        QString error;
        if (!paths.ensure(&error))
            return fail(error, QStringLiteral("io"));
    }
    DbOptions db;
    db.sqlitePath = paths.marketDb();
    db.url = options.dbUrl;
    db.readOnly = options.readOnly;
    db.busyTimeoutMs = options.busyTimeoutMs;
    auto database = Database::open(db);
    if (!database)
        return database.error();

    std::unique_ptr<Market> m(new Market);
    m->m_options = options;
    m->m_db = *database;
    m->m_catalog = std::make_shared<Catalog>(m->m_db, options.clock);
    m->m_accounts = std::make_shared<Accounts>(m->m_db, options.clock);
    m->m_revocations = std::make_shared<Revocations>(m->m_db, options.clock);
    auto operators = m->trustedOperatorKeys();
    if (!operators)
        return operators.error();
    m->m_revocations->setOperatorKeys(*operators);
    auto loaded = m->m_revocations->refresh();
    if (!loaded)
        return loaded.error();
    return m;
}

Result<std::shared_ptr<token::TokenKeyring>> Market::keyring(bool createKeys)
{
    QMutexLocker lock(&m_lazy);
    if (!m_keyring) {
        auto ring = TokenKeyStore::load(paths().keys(), m_options.clock, createKeys && !m_options.readOnly);
        if (!ring)
            return ring.error();
        if (!m_options.readOnly && (*ring)->canSign())
            SG_TRY(publishKey((*ring)->activeKey().publicKey(), QString(), 0));
        SG_TRY(mergeSharedKeys(**ring, true));
        m_keyring = *ring;
    }
    return m_keyring;
}

Status Market::publishKey(const crypto::Ed25519PublicKey &key, const QString &retiredKid, qint64 retiredUntil)
{
    const QString kid = token::TokenKeyring::thumbprint(key);
    auto tx = WriteTransaction::begin(*m_db);
    if (!tx)
        return tx.error();
    SG_TRY((*tx)->lock(QStringLiteral("token_keys")));
    auto known = (*tx)->exec(QStringLiteral("SELECT COUNT(*) FROM token_keys WHERE kid = ?"), { kid });
    if (!known)
        return known.error();
    const bool isNew = !(known->next() && known->value(0).toLongLong() > 0);
    if (!isNew && retiredKid.isEmpty())
        return (*tx)->commit(); // already published (every start of an edge lands here)
    if (isNew)
        SG_TRY((*tx)->exec(
            QStringLiteral("INSERT INTO token_keys (kid, public_key, origin, created_at, "
                           "valid_until) VALUES (?, ?, ?, ?, NULL)"),
            { kid, key.toTagged(), QDir(m_options.home).absolutePath(), m_options.clock->nowSecs() }));
    if (!retiredKid.isEmpty())
        SG_TRY((*tx)->exec(QStringLiteral("UPDATE token_keys SET valid_until = ? WHERE kid = ?"),
                           { retiredUntil, retiredKid }));
    SG_TRY(
        (*tx)->exec(QStringLiteral("UPDATE meta SET value = value + 1 WHERE key = 'token_keys_generation'")));
    SG_TRY((*tx)->notify(QString::fromLatin1(kKeysChannel)));
    return (*tx)->commit();
}

Result<bool> Market::mergeSharedKeys(token::TokenKeyring &ring, bool force)
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    auto gen
        = m_db->exec(*conn, QStringLiteral("SELECT value FROM meta WHERE key = 'token_keys_generation'"));
    if (!gen)
        return gen.error();
    const qint64 generation = gen->next() ? gen->value(0).toLongLong() : 0;
    if (!force && generation == m_keysGeneration)
        return false;
    const qint64 now = m_options.clock->nowSecs();
    auto q
        = m_db->exec(*conn,
                     QStringLiteral("SELECT kid, public_key, valid_until FROM token_keys WHERE valid_until "
                                    "IS NULL OR valid_until > ? ORDER BY created_at, kid"),
                     { now });
    if (!q)
        return q.error();
    // This home's own keys (files) are authoritative for it; the store adds the others.
    const QString ownKid = ring.activeKid();
    bool changed = false;
    QSet<QString> seen;
    while (q->next()) {
        const QString kid = q->value(0).toString();
        const qint64 validUntil = q->value(2).isNull() ? 0 : q->value(2).toLongLong();
        seen.insert(kid);
        if (kid == ownKid)
            continue;
        auto known = m_sharedKeys.constFind(kid);
        if (known != m_sharedKeys.constEnd() && *known == validUntil)
            continue;
        if (known == m_sharedKeys.constEnd() && ring.kids().contains(kid))
            continue; // one of this home's retired keys: its file knows its validity
        auto key = crypto::Ed25519PublicKey::fromTagged(q->value(1).toString());
        if (!key || token::TokenKeyring::thumbprint(*key) != kid) {
            qCWarning(lcMarket, "%s: token key %s in the store is malformed; skipped",
                      qPrintable(m_db->describe()), qPrintable(kid));
            continue;
        }
        if (known != m_sharedKeys.constEnd())
            ring.removeKey(kid);
        ring.addPublicKey(*key, validUntil);
        m_sharedKeys.insert(kid, validUntil);
        changed = true;
    }
    // A key gone from the store (expired): stop trusting it.
    for (auto it = m_sharedKeys.begin(); it != m_sharedKeys.end();) {
        if (!seen.contains(it.key())) {
            ring.removeKey(it.key());
            it = m_sharedKeys.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    m_keysGeneration = generation;
    return changed;
}

Result<bool> Market::refreshKeys()
{
    QMutexLocker lock(&m_lazy);
    if (!m_keyring)
        return false;
    return mergeSharedKeys(*m_keyring, false);
}

Result<MarketTokenService *> Market::tokens()
{
    QMutexLocker lock(&m_lazy);
    if (!m_tokens) {
        auto ring = keyring(true);
        if (!ring)
            return ring.error();
        m_issuer = std::make_shared<token::TokenIssuer>(*ring, m_options.clock, m_options.issuer,
                                                        m_options.audience);
        m_tokens = std::make_unique<MarketTokenService>(m_accounts, m_catalog, m_revocations, m_issuer,
                                                        m_options.clock);
    }
    return m_tokens.get();
}

Result<QString> Market::rotateSigningKey()
{
    QMutexLocker lock(&m_lazy);
    auto ring = keyring(true);
    if (!ring)
        return ring.error();
    const QString oldKid = (*ring)->activeKid();
    auto kid = TokenKeyStore::rotate(paths().keys(), **ring, m_options.clock);
    if (!kid)
        return kid.error();
    SG_TRY(publishKey((*ring)->activeKey().publicKey(), oldKid,
                      m_options.clock->nowSecs() + TokenKeyStore::kRetiredKeyGraceSecs));
    return kid;
}

Result<crypto::Ed25519PrivateKey> Market::operatorKey(bool create)
{
    QMutexLocker lock(&m_lazy);
    const QString path = paths().keys() + QStringLiteral("/operator.pem");
    if (QFile::exists(path))
        return crypto::Ed25519PrivateKey::loadFile(path);
    if (!create)
        return fail(QStringLiteral("no operator key at %1").arg(path), QStringLiteral("no_key"));
    const auto key = crypto::Ed25519PrivateKey::generate();
    SG_TRY(key.saveFile(path));
    auto keys = trustedOperatorKeys();
    if (keys)
        m_revocations->setOperatorKeys(*keys);
    return key;
}

Result<QList<crypto::Ed25519PublicKey>> Market::trustedOperatorKeys() const
{
    QList<crypto::Ed25519PublicKey> out;
    const QString own = paths().keys() + QStringLiteral("/operator.pem");
    if (QFile::exists(own)) {
        auto key = crypto::Ed25519PrivateKey::loadFile(own);
        if (!key)
            return fail(QStringLiteral("operator key %1: %2").arg(own, key.errorString()),
                        QStringLiteral("no_key"));
        out << key->publicKey();
    }
    const QDir dir(paths().keys() + QStringLiteral("/operators"));
    const QStringList pubs = dir.entryList({ QStringLiteral("*.pub") }, QDir::Files, QDir::Name);
    for (const QString &name : pubs) {
        auto pem = readFile(dir.filePath(name), 64 * 1024);
        if (!pem)
            return pem.error();
        auto key = crypto::Ed25519PublicKey::fromPem(*pem);
        if (!key)
            return fail(QStringLiteral("operator key %1: %2").arg(dir.filePath(name), key.errorString()),
                        QStringLiteral("no_key"));
        out << *key;
    }
    return out;
}

} // namespace sg::market
