#include "audit/logsource.h"

#include "crypto/encoding.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace sg::audit {

namespace {

class LedgerSource final : public LogSource
{
public:
    LedgerSource(const ledger::Ledger *ledger, std::unique_ptr<ledger::Ledger> owned)
        : m_ledger(ledger), m_owned(std::move(owned))
    { }
    QString describe() const override { return QStringLiteral("local receipt log"); }
    Result<QString> verifierKey() override { return m_ledger->verifierKey(); }
    Result<QByteArray> checkpointNote() override
    {
        auto cp = m_ledger->latestCheckpoint();
        if (!cp.ok())
            return cp.error();
        return cp->note;
    }
    Result<QList<QByteArray>> leaves(qint64 first, qint64 count, qint64) override
    {
        return m_ledger->leaves(first, count);
    }
    Result<QList<QByteArray>> consistencyProof(qint64 oldSize, qint64 newSize) override
    {
        return m_ledger->consistencyProof(oldSize, newSize);
    }
    Result<ledger::ReceiptBundle> bundle(qint64 seq) override { return m_ledger->bundle(seq); }
    Result<QJsonObject> inclusionProof(qint64 index, qint64 treeSize) override
    {
        return m_ledger->inclusionProofJson(index, treeSize);
    }

private:
    const ledger::Ledger *m_ledger;
    std::unique_ptr<ledger::Ledger> m_owned;
};

class EdgeSource final : public LogSource
{
public:
    EdgeSource(QUrl base, int timeoutMs) : m_base(std::move(base)), m_timeoutMs(timeoutMs) { }
    QString describe() const override { return QStringLiteral("edge %1").arg(m_base.toString()); }

    Result<QByteArray> get(const QString &path, const QUrlQuery &query = {})
    {
        QUrl url = m_base;
        url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_nam.get(request);
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timer.start(m_timeoutMs);
        if (!reply->isFinished())
            loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QNetworkReply::NetworkError error = reply->error();
        const QString errorText = reply->errorString();
        reply->deleteLater();
        if (status == 404)
            return fail(QStringLiteral("%1: not found (404)").arg(url.toString()),
                        QStringLiteral("notfound"));
        if (error != QNetworkReply::NoError || status != 200) {
            QString detail = errorText;
            const QJsonObject problem = QJsonDocument::fromJson(body).object();
            if (problem.contains(QStringLiteral("detail")))
                detail = problem.value(QStringLiteral("detail")).toString();
            return fail(
                QStringLiteral("GET %1 failed (HTTP %2): %3").arg(url.toString()).arg(status).arg(detail),
                QStringLiteral("network"));
        }
        return body;
    }

    Result<QJsonObject> getJson(const QString &path, const QUrlQuery &query = {})
    {
        auto body = get(path, query);
        if (!body.ok())
            return body.error();
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(*body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return fail(QStringLiteral("%1 did not return a JSON object").arg(path),
                        QStringLiteral("format"));
        return doc.object();
    }

    Result<QString> verifierKey() override
    {
        auto body = get(QStringLiteral("/v1/log/key"));
        if (!body.ok())
            return body.error();
        return QString::fromUtf8(*body).trimmed();
    }
    Result<QByteArray> checkpointNote() override { return get(QStringLiteral("/v1/log/checkpoint")); }

    Result<QList<QByteArray>> leaves(qint64 first, qint64 count, qint64 treeSize) override
    {
        QList<QByteArray> out;
        qint64 next = first;
        while (next < first + count) {
            const qint64 tileIndex = next / ledger::kTileWidth;
            ledger::TileRef ref;
            ref.entries = true;
            ref.index = tileIndex;
            const qint64 tileStart = tileIndex * ledger::kTileWidth;
            ref.width = int(std::min<qint64>(ledger::kTileWidth, treeSize - tileStart));
            auto body = get(QStringLiteral("/v1/log/") + ref.path());
            if (!body.ok())
                return body.error();
            auto entries = ledger::parseEntryBundle(*body);
            if (!entries.ok())
                return entries.error();
            if (entries->size() != ref.width)
                return fail(QStringLiteral("%1 held %2 entries, expected %3")
                                .arg(ref.path())
                                .arg(entries->size())
                                .arg(ref.width),
                            QStringLiteral("format"));
            for (qint64 i = next - tileStart; i < ref.width && next < first + count; ++i, ++next)
                out.append(entries->at(i));
        }
        return out;
    }

    Result<QList<QByteArray>> consistencyProof(qint64 oldSize, qint64 newSize) override
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("old"), QString::number(oldSize));
        q.addQueryItem(QStringLiteral("new"), QString::number(newSize));
        auto o = getJson(QStringLiteral("/v1/log/proof/consistency"), q);
        if (!o.ok())
            return o.error();
        QList<QByteArray> proof;
        for (const QJsonValue &v : o->value(QStringLiteral("proof")).toArray()) {
            auto h = crypto::base64Decode(v.toString().toLatin1());
            if (!h.ok() || h->size() != ledger::kHashSize)
                return fail(QStringLiteral("consistency proof holds a malformed hash"),
                            QStringLiteral("format"));
            proof.append(*h);
        }
        return proof;
    }

    Result<ledger::ReceiptBundle> bundle(qint64 seq) override
    {
        auto body = get(QStringLiteral("/v1/log/receipts/%1").arg(seq));
        if (!body.ok())
            return body.error();
        return ledger::ReceiptBundle::fromJsonText(*body);
    }

    Result<QJsonObject> inclusionProof(qint64 index, qint64 treeSize) override
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("index"), QString::number(index));
        q.addQueryItem(QStringLiteral("size"), QString::number(treeSize));
        return getJson(QStringLiteral("/v1/log/proof/inclusion"), q);
    }

private:
    QUrl m_base;
    int m_timeoutMs;
    QNetworkAccessManager m_nam;
};

} // namespace

Result<std::unique_ptr<LogSource>> openLocalLog(const QString &home, const QString &dbUrl)
{
    ledger::LedgerOptions o = ledger::LedgerOptions::forHome(home, dbUrl);
    o.readOnly = true;
    auto l = ledger::Ledger::open(o);
    if (!l.ok())
        return l.error();
    const ledger::Ledger *raw = l->get();
    return std::unique_ptr<LogSource>(new LedgerSource(raw, std::move(*l)));
}

std::unique_ptr<LogSource> wrapLedger(const ledger::Ledger &ledger)
{
    return std::unique_ptr<LogSource>(new LedgerSource(&ledger, nullptr));
}

std::unique_ptr<LogSource> openEdgeLog(const QUrl &edge, int timeoutMs)
{
    return std::unique_ptr<LogSource>(new EdgeSource(edge, timeoutMs));
}

} // namespace sg::audit
