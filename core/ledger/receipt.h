#pragma once

// A receipt (DESIGN §7): one served response, grant, revocation, void or adjustment.
// The Merkle leaf is the RFC 8785 (JCS) bytes of receipt.toJson(); every field is always
// present (strings may be empty, integers may be 0) so a receipt and its leaf map 1:1.
//
// JSON shape (keys in JCS order):
//   {"buyer":"...","bytes":N,"charge":N,"creator":"...","edge":"...","job":"...",
//    "jti":"...","kind":"access","licenseHash":"bafkrei...","manifest":"bafkrei...",
//    "range":"0-1048575","seq":N,"shard":"bafkrei...","time":"2026-01-01T00:00:00.000Z",
//    "tx":"..."}
// - seq: 0-based index of the leaf in the log (= sequence number, gap-free).
// - time: RFC 3339 UTC with exactly three fraction digits (milliseconds).
// - charge: integer micro-units (common/money.h), never negative.
// - bytes: bytes actually sent (>= 0).
// - range: the served byte range "first-last" (inclusive), "" for none.

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sg::ledger {

namespace kind {
inline const QString access = QStringLiteral("access");
inline const QString revocation = QStringLiteral("revocation");
inline const QString grant = QStringLiteral("grant");
inline const QString voided = QStringLiteral("void"); // a reserved number never used (crash)
inline const QString adjust = QStringLiteral("adjust"); // bytes actually sent by an aborted transfer
} // namespace kind

struct Receipt
{
    qint64 seq = -1;
    qint64 timeMs = 0; // Unix milliseconds; written as RFC 3339 "time"
    QString edge; // key id of the edge that served
    QString buyer;
    QString creator;
    QString manifest; // manifest CID
    QString shard; // shard CID
    QString licenseHash;
    QString tx; // transform spec
    QString range;
    qint64 bytes = 0;
    QString jti;
    QString job;
    qint64 charge = 0; // micro-units
    QString kind; // kind::access, ...; lower-case ASCII letters, 1..32 chars

    // Checks the field rules above (seq >= 0, kind syntax, no negative bytes/charge,
    // integers below 2^53 so JSON numbers stay exact).
    Status validate() const;

    QJsonObject toJson() const;
    // JCS bytes (= the Merkle leaf). Equal to crypto::jcs::canonicalize(toJson()).
    QByteArray leaf() const;

    // From a JSON object with exactly the fields above (unknown or missing fields fail).
    static Result<Receipt> fromJson(const QJsonObject &object);
    // From leaf bytes; fails unless the bytes are the canonical leaf of the result.
    static Result<Receipt> fromLeaf(QByteArrayView leaf);

    friend bool operator==(const Receipt &, const Receipt &) = default;
};

// The leaf of r without the digits of its seq, and where they go (after "seq":): lets a
// writer build the leaf before it knows the number. leaf() = this with the digits inserted.
QByteArray leafWithoutSeq(const Receipt &r, qsizetype *seqAt);

// A JSON string as RFC 8785 writes it, quotes included (the leaf's text fields).
QByteArray jcsString(const QString &text);

// "2026-01-01T00:00:00.000Z" <-> Unix ms (strict: exactly this shape).
QString formatReceiptTime(qint64 unixMs);
void appendReceiptTime(QByteArray &out, qint64 unixMs); // the same text, appended
qint64 parseReceiptTime(QStringView text, bool *ok);

} // namespace sg::ledger
