#pragma once

// The revocation denylist (DESIGN §5): by token id (jti), buyer, manifest CID or license
// hash. Every entry is a signed statement:
//
//   { "revocation": { "kind": "jti"|"buyer"|"manifest"|"license", "value": "...",
//                     "reason": "...", "time": "2026-01-10T12:00:00Z", "by": "ed25519:..." },
//     "signature": "ed25519:<base64url Ed25519 signature over JCS(revocation)>" }
//
// (the body of POST /v1/revocations, docs/api.md). Who may revoke what: an operator key
// anything; a creator key the manifests it signed (kind manifest) and the licenses of
// those manifests (kind license), unless that license says "revocable": false.
//
// Lookups never touch the database: the whole list is held in an immutable in-memory
// snapshot swapped on change (a few hundred ns per check). add() refreshes it at once;
// refresh() picks up entries written by other processes sharing the store (it compares
// one counter) and emits changed() when something is new.

#include "common/clock.h"
#include "common/result.h"
#include "crypto/ed25519.h"
#include "market/database.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace sg::market {

enum class RevocationKind { Jti, Buyer, Manifest, License };

QString kindName(RevocationKind kind); // "jti", "buyer", "manifest", "license"
std::optional<RevocationKind> parseKind(const QString &name);

struct Revocation
{
    RevocationKind kind = RevocationKind::Jti;
    QString value;
    QString reason;
    qint64 time = 0; // when it was signed (seconds since the epoch)
    QString by; // "ed25519:<base64url>" of the signer
    QByteArray statement; // JCS bytes of the "revocation" object
    QString signature; // "ed25519:<base64url>"

    // The signed request body above.
    QJsonObject toJson() const;
    // Builds and signs a statement.
    static Result<Revocation> create(RevocationKind kind, const QString &value, const QString &reason,
                                     qint64 time, const crypto::Ed25519PrivateKey &key);
    // Parses a body (strict JSON, no unknown members) and checks the signature against "by".
    static Result<Revocation> fromJson(const QByteArray &body);
};

// Checks a value for its kind: CIDs for manifest/license, buyer and jti syntax.
Status validateRevocationValue(RevocationKind kind, const QString &value);

class RevocationSnapshot
{
public:
    qint64 generation = -1;
    QHash<QString, QString> jti, buyer, manifest, license; // value -> reason

    const QHash<QString, QString> &set(RevocationKind kind) const;
    bool contains(RevocationKind kind, const QString &value) const { return set(kind).contains(value); }
    int size() const { return int(jti.size() + buyer.size() + manifest.size() + license.size()); }
};

namespace RevocationErrors {
inline const QString kInvalid = QStringLiteral("invalid");
inline const QString kSignature = QStringLiteral("signature");
inline const QString kForbidden = QStringLiteral("forbidden"); // signer may not revoke this
inline const QString kStale = QStringLiteral("stale"); // time too far from now
} // namespace RevocationErrors

struct AddResult
{
    Revocation revocation;
    bool added = false; // false: the same kind/value was already revoked (nothing changed)
};

class Revocations : public QObject
{
    Q_OBJECT

public:
    // Statements must be signed within this many seconds of now.
    static constexpr qint64 kMaxStatementAgeSecs = 300;
    // The PostgreSQL NOTIFY channel add() signals on (see listen()).
    static constexpr const char *kRevocationsChannel = "sg_market_revocations";

    explicit Revocations(std::shared_ptr<Database> db, const Clock *clock = Clock::system(),
                         QObject *parent = nullptr);

    // Operator keys may revoke anything.
    void setOperatorKeys(const QList<crypto::Ed25519PublicKey> &keys);
    QList<crypto::Ed25519PublicKey> operatorKeys() const;

    // Checks signer authority and freshness, stores the entry and refreshes the snapshot.
    Result<AddResult> add(const Revocation &revocation);
    // add(fromJson(body)).
    Result<AddResult> addSigned(const QByteArray &body);

    // Reloads the snapshot when the store changed (cheap when it did not); emits changed().
    Result<bool> refresh();
    // On a shared PostgreSQL store: LISTENs (on the calling thread, which must run an event
    // loop) for revocations other processes add and refreshes at once — every edge sees a
    // revocation within milliseconds of its commit. Returns false on SQLite (poll
    // refresh() instead).
    Result<bool> listen();
    std::shared_ptr<const RevocationSnapshot> snapshot() const;

    bool isRevoked(RevocationKind kind, const QString &value) const;
    // The first matching denial reason code in policy order ("revoked_jti", "revoked_buyer",
    // "revoked_manifest", "revoked_license"), or empty when nothing matches.
    QString check(const QString &jti, const QString &buyer, const QString &manifest,
                  const QString &licenseHash) const;

    Result<QList<Revocation>> list() const;

Q_SIGNALS:
    // The denylist grew (locally or, seen by refresh(), in another process).
    void changed();

private:
    Result<std::shared_ptr<RevocationSnapshot>> load() const;
    Status authorize(const Revocation &r) const;

    std::shared_ptr<Database> m_db;
    const Clock *m_clock;
    mutable QMutex m_mutex;
    std::shared_ptr<const RevocationSnapshot> m_snapshot;
    QList<crypto::Ed25519PublicKey> m_operators;
};

} // namespace sg::market
