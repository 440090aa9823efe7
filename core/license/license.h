#pragma once

// The license a creator attaches to a dataset (DESIGN §4). It travels inside the signed
// manifest as a JSON object; its hash (CID of its JCS bytes) names it in tokens and
// receipts.
//
// Canonical form (what toJson() writes, so what gets hashed): only the fields that were
// given; "uses" without duplicates in the fixed order train, finetune, evaluate,
// transform, redistribute, commercial; prices as {"amount": "<decimal>", "currency":
// "XXX"} with no trailing zeros; validUntil as "YYYY-MM-DDTHH:MM:SSZ" (UTC). Unknown
// fields are rejected, so a typo never silently drops a term.

#include "common/money.h"
#include "common/result.h"
#include "crypto/cid.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sg::license {

enum class Use { Train, Finetune, Evaluate, Transform, Redistribute, Commercial };

// All uses in canonical order.
const QList<Use> &allUses();
QString useName(Use use); // "train", ...
std::optional<Use> parseUse(const QString &name);

class License
{
public:
    QString id; // required, [A-Za-z0-9._:-], 1..128 characters
    QString spdx; // required, SPDX id or LicenseRef-...
    QString title; // optional (empty = absent)
    QList<Use> uses; // required (may be empty: nothing allowed), canonical order, unique
    QString attribution; // optional (empty = absent)
    Price pricePerAccess; // required
    std::optional<Price> pricePerGiB; // optional, same currency as pricePerAccess
    std::optional<qint64> validUntil; // optional, seconds since the epoch (UTC)
    std::optional<bool> revocable; // optional

    bool allows(Use use) const { return uses.contains(use); }

    // Strict parse with one clear error per problem found first.
    static Result<License> fromJson(const QJsonValue &value);
    // Parses JSON text strictly (no duplicate keys; RFC 8785 input rules) then fromJson.
    static Result<License> fromJsonText(QByteArrayView text);
    static Result<License> loadFile(const QString &path);

    QJsonObject toJson() const;
    // JCS bytes of toJson().
    QByteArray canonicalBytes() const;
    // License hash = CID of JCS(license).
    crypto::Cid hash() const;

    // One line in plain words: "CC-BY-4.0: may train, evaluate; not commercial; 0.01 USD per access".
    QString describe() const;

    friend bool operator==(const License &a, const License &b) { return a.toJson() == b.toJson(); }
};

} // namespace sg::license
