#pragma once

// A receipt bundle (DESIGN §7): one receipt with its inclusion proof and the signed
// checkpoint the proof leads to, verifiable offline with only the log's verifier key.
//
//   { "format": "shardgate/receipt-bundle/v1",
//     "receipt": { ...receipt JSON (receipt.h)... },
//     "index": <seq>, "treeSize": <checkpoint size>,
//     "leafHash": "<base64>",
//     "inclusionProof": ["<base64>", ...],      // RFC 6962 order, leaf level first
//     "checkpoint": "<the signed note text>" }
// leafHash is informative (verifiers recompute it from the receipt's JCS bytes).

#include "common/result.h"
#include "ledger/note.h"
#include "ledger/receipt.h"

#include <QJsonObject>

namespace sg::ledger {

struct ReceiptBundle
{
    Receipt receipt;
    qint64 treeSize = 0;
    QList<QByteArray> inclusionProof;
    QByteArray checkpointNote;

    QJsonObject toJson() const;
    static Result<ReceiptBundle> fromJson(const QJsonObject &object);
    static Result<ReceiptBundle> fromJsonText(QByteArrayView text);
};

struct BundleVerdict
{
    Checkpoint checkpoint;
    QByteArray leafHash;
};

// Opens the checkpoint with logKey (origin = expectedOrigin, default the key's name),
// checks the sizes agree, recomputes the leaf from the receipt and verifies inclusion.
Result<BundleVerdict> verifyBundle(const ReceiptBundle &bundle, const NoteVerifier &logKey,
                                   const QString &expectedOrigin = {});

} // namespace sg::ledger
