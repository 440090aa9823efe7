#include "market.h"

#include "common/fileutil.h"

#include <QDir>
#include <QFile>

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
        m_keyring = *ring;
    }
    return m_keyring;
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
    return TokenKeyStore::rotate(paths().keys(), **ring, m_options.clock);
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
