#include "ledger/bundle.h"

#include "crypto/encoding.h"
#include "ledger/merkle.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sg::ledger {

namespace {
const QString kFormat = QStringLiteral("shardgate/receipt-bundle/v1");
Error bad(const QString &why)
{
    return fail(QStringLiteral("invalid receipt bundle: ") + why, QStringLiteral("format"));
}
} // namespace

QJsonObject ReceiptBundle::toJson() const
{
    QJsonArray proof;
    for (const QByteArray &h : inclusionProof)
        proof.append(QString::fromLatin1(crypto::base64Encode(h)));
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("receipt"), receipt.toJson());
    o.insert(QStringLiteral("index"), receipt.seq);
    o.insert(QStringLiteral("treeSize"), treeSize);
    o.insert(QStringLiteral("leafHash"), QString::fromLatin1(crypto::base64Encode(leafHash(receipt.leaf()))));
    o.insert(QStringLiteral("inclusionProof"), proof);
    o.insert(QStringLiteral("checkpoint"), QString::fromUtf8(checkpointNote));
    return o;
}

Result<ReceiptBundle> ReceiptBundle::fromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return bad(QStringLiteral("format is not '%1'").arg(kFormat));
    if (!o.value(QStringLiteral("receipt")).isObject())
        return bad(QStringLiteral("no receipt object"));
    auto receipt = Receipt::fromJson(o.value(QStringLiteral("receipt")).toObject());
    if (!receipt.ok())
        return receipt.error();
    ReceiptBundle b;
    b.receipt = *receipt;
    const QJsonValue index = o.value(QStringLiteral("index"));
    const QJsonValue size = o.value(QStringLiteral("treeSize"));
    if (!index.isDouble() || qint64(index.toDouble()) != b.receipt.seq)
        return bad(QStringLiteral("index does not equal the receipt's seq"));
    if (!size.isDouble() || size.toDouble() != double(qint64(size.toDouble())) || size.toDouble() < 1)
        return bad(QStringLiteral("treeSize must be a positive integer"));
    b.treeSize = qint64(size.toDouble());
    if (!o.value(QStringLiteral("inclusionProof")).isArray())
        return bad(QStringLiteral("inclusionProof must be an array of base64 hashes"));
    const QJsonArray proof = o.value(QStringLiteral("inclusionProof")).toArray();
    for (const QJsonValue &v : proof) {
        auto h = crypto::base64Decode(v.toString().toLatin1());
        if (!v.isString() || !h.ok() || h->size() != kHashSize)
            return bad(QStringLiteral("inclusionProof holds something other than base64 32-byte hashes"));
        b.inclusionProof.append(*h);
    }
    if (!o.value(QStringLiteral("checkpoint")).isString())
        return bad(QStringLiteral("checkpoint must be the signed note text"));
    b.checkpointNote = o.value(QStringLiteral("checkpoint")).toString().toUtf8();
    return b;
}

Result<ReceiptBundle> ReceiptBundle::fromJsonText(QByteArrayView text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("not a JSON object (%1)").arg(error.errorString()));
    return fromJson(doc.object());
}

Result<BundleVerdict> verifyBundle(const ReceiptBundle &bundle, const NoteVerifier &logKey,
                                   const QString &expectedOrigin)
{
    auto cp = openCheckpoint(bundle.checkpointNote, logKey, expectedOrigin);
    if (!cp.ok())
        return cp.error();
    if (cp->size != bundle.treeSize)
        return fail(QStringLiteral("bundle treeSize %1 differs from its checkpoint's size %2")
                        .arg(bundle.treeSize)
                        .arg(cp->size),
                    QStringLiteral("proof"));
    SG_TRY(bundle.receipt.validate());
    BundleVerdict verdict;
    verdict.leafHash = leafHash(bundle.receipt.leaf());
    SG_TRY(
        verifyInclusion(bundle.receipt.seq, cp->size, verdict.leafHash, bundle.inclusionProof, cp->rootHash));
    verdict.checkpoint = *cp;
    return verdict;
}

} // namespace sg::ledger
