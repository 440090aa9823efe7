#pragma once

// Buyer accounts and prepaid credits. Money is integer micro-units (common/money.h), never
// a float; every balance change is one conditional UPDATE inside a write transaction, so
// no interleaving of threads or processes can drive a balance below zero (the table's
// CHECK constraints are a second guard), and every change leaves an account_entries row.
//
// API keys are "sgk_" + base64url(32 random bytes). Only SHA-256(key) is stored; the key
// is returned once by create() / rotateKey() and never logged.
//
// Holds: a token with maxSpend reserves that much of the balance for its job (holds
// table); charges under that job draw from the hold, the rest of the balance stays
// available for other jobs. Releasing a hold (job end, expiry) returns what is left.
//
// Billing: the first delivery of a shard under a (buyer, job) is charged once; a repeat
// returns alreadyBilled and changes nothing. Each charge credits the creator's payout
// ledger with the same amount.

#include "common/clock.h"
#include "common/result.h"
#include "market/database.h"

#include <QList>
#include <QString>

#include <memory>

namespace sg::market {

struct Account
{
    QString id; // buyer id (token "sub")
    QString currency; // ISO 4217
    qint64 credits = 0; // micro-units, >= 0
    qint64 held = 0; // reserved by open holds, 0 <= held <= credits
    qint64 createdAt = 0; // seconds since epoch
    QString keyHint; // "sgk_AbCd…" — enough to tell keys apart, useless to an attacker

    qint64 available() const { return credits - held; }
};

struct NewAccount
{
    Account account;
    QString apiKey; // shown once; only its SHA-256 is stored
};

struct Hold
{
    QString account;
    QString job;
    qint64 amount = 0;
    qint64 remaining = 0;
    qint64 expiresAt = 0;
    bool open = false;
};

struct ChargeRequest
{
    QString buyer;
    QString job; // the token's job claim, or its jti (a token without job is its own job)
    QString shard; // shard CID
    QString manifest; // manifest CID
    QString creator; // creator id credited in the payout ledger
    qint64 amount = 0; // micro-units (see license/policy.h accessCharge())
    QString currency;
    qint64 maxSpend = -1; // the token's maxSpend in micro-units, -1 = none
    // Deferred: returns once the debit is committed, before it is synced to disk (see
    // Durability); the edge's default, so a first delivery does not wait for a disk flush.
    Durability durability = Durability::Immediate;
};

struct ChargeResult
{
    bool charged = false; // true when this call debited the account
    bool alreadyBilled = false; // (buyer, job, shard) was billed before: nothing changed
    qint64 amount = 0; // debited now (0 when alreadyBilled)
    qint64 credits = 0; // balance after
    // Total billed under the job after this call, when the request had a maxSpend (the sum is
    // only worked out then); -1 otherwise (Accounts::spentInJob() tells it).
    qint64 spentInJob = -1;
};

struct AccountEntry
{
    qint64 seq = 0;
    QString kind; // "open", "topup", "charge", "hold", "release"
    qint64 amount = 0; // signed change of credits (charge < 0) or of held (hold/release)
    qint64 creditsAfter = 0;
    qint64 heldAfter = 0;
    QString ref;
    qint64 at = 0;
};

struct Payout
{
    qint64 seq = 0;
    QString creator;
    QString account;
    QString manifest;
    QString shard;
    QString job;
    qint64 amount = 0;
    QString currency;
    qint64 at = 0;
};

// Error codes returned in Error::code (besides the database's db_* codes).
namespace AccountErrors {
inline const QString kInvalid = QStringLiteral("invalid"); // bad id / amount / currency
inline const QString kExists = QStringLiteral("account_exists");
inline const QString kUnknown = QStringLiteral("unknown_account");
inline const QString kBadKey = QStringLiteral("bad_api_key");
inline const QString kInsufficient = QStringLiteral("insufficient_credits"); // edge: 402
inline const QString kMaxSpend = QStringLiteral("max_spend"); // edge: 403
inline const QString kCurrency = QStringLiteral("currency_mismatch");
} // namespace AccountErrors

// Buyer ids: 1-64 ASCII characters [A-Za-z0-9._@+-], starting with a letter or digit, so
// they are safe in tokens, receipts, logs and file names and have no look-alikes.
Status validateBuyerId(const QString &id);
// Job ids and jtis: 1-128 printable ASCII characters without spaces or quotes.
Status validateJobId(const QString &id);

// SHA-256 hex of an API key (what the accounts table stores).
QString hashApiKey(const QString &apiKey);

class Accounts
{
public:
    explicit Accounts(std::shared_ptr<Database> db, const Clock *clock = Clock::system());

    Result<NewAccount> create(const QString &buyerId, qint64 initialCredits,
                              const QString &currency = QStringLiteral("USD"));
    Result<Account> get(const QString &buyerId) const;
    Result<QList<Account>> list() const;
    // The account an API key belongs to (constant-time comparison of the key hashes).
    Result<Account> authenticate(const QString &apiKey) const;
    // A new key for the account; the old one stops working at once.
    Result<QString> rotateKey(const QString &buyerId);

    Result<Account> topUp(const QString &buyerId, qint64 amount, const QString &ref = {});

    // Reserves amount for (buyer, job) until expiresAt. A second call for an open hold of
    // the same job only extends its expiry (token refresh) and reserves nothing more.
    Result<Hold> placeHold(const QString &buyerId, const QString &job, qint64 amount, qint64 expiresAt);
    Result<Hold> hold(const QString &buyerId, const QString &job) const;
    // Returns what is left of the hold to the available balance.
    Status releaseHold(const QString &buyerId, const QString &job);
    // Releases every open hold whose expiry has passed; returns how many.
    Result<int> releaseExpiredHolds();

    // Bills the first delivery of a shard under a job (see the header comment).
    Result<ChargeResult> charge(const ChargeRequest &request);
    Result<bool> isBilled(const QString &buyerId, const QString &job, const QString &shard) const;
    Result<qint64> spentInJob(const QString &buyerId, const QString &job) const;

    Result<QList<AccountEntry>> history(const QString &buyerId, int limit = 100) const;
    Result<QList<Payout>> payouts(const QString &creator, int limit = 100) const;
    // Total earned per currency by a creator: {"USD": micros}.
    Result<QList<QPair<QString, qint64>>> earnings(const QString &creator) const;

private:
    std::shared_ptr<Database> m_db;
    const Clock *m_clock;
};

} // namespace sg::market
