#pragma once

// A throwaway home with published datasets, buyer accounts and a running edge (in this
// process, on worker threads, port 0), for the edge's HTTP tests. Time is a ManualClock.

#include "common/clock.h"
#include "edge/edgeserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace sg::edge {
class MarketBinding;
}
namespace sg::ledger {
class Ledger;
}

namespace sg::test {

struct Dataset
{
    QString manifestCid;
    QMap<QString, QByteArray> files; // path -> bytes
    QStringList shardCids;
    QList<qint64> shardSizes;
};

struct RawReply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QByteArray raw;
    bool closed = false; // the server closed the connection after this reply
};

class EdgeFixture
{
public:
    EdgeFixture();
    ~EdgeFixture();

    // Packs and publishes a dataset (1 MiB shards) with these files.
    bool publish(const QString &name, const QMap<QString, QByteArray> &files, Dataset *out,
                 const QString &price = QStringLiteral("0.01"));
    // A buyer account with credits ("10.00"); returns its API key.
    QString account(const QString &buyer, const QString &credits = QStringLiteral("10.00"));
    // Starts the edge (after publishing). Config tweaks before start.
    bool start();
    void stop();

    // POST /v1/tokens over HTTP; returns the token or empty.
    QByteArray token(const QString &apiKey, const QString &manifestCid, const QString &job = {});

    // One raw HTTP exchange on a fresh connection (request bytes as given).
    RawReply raw(const QByteArray &request, int timeoutMs = 10000);
    // GET (or HEAD) with optional headers, on a fresh connection.
    RawReply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                 const QByteArray &method = "GET");

    QString home() const { return m_home.path(); }
    quint16 port() const { return m_server ? m_server->port() : 0; }
    QString url() const { return m_server ? m_server->url() : QString(); }

    ManualClock clock;
    edge::EdgeConfig config;
    // The receipt log's checkpoint interval when >= 0 (0: only when asked for).
    qint64 checkpointIntervalMs = -1;
    // More license fields for the next publish() ("validUntil", ...).
    QJsonObject licenseExtra;
    // Applied to the market binding's services before the server starts (the cache layer).
    std::function<edge::EdgeServices(edge::EdgeServices)> wrap;
    std::unique_ptr<edge::MarketBinding> binding;
    std::shared_ptr<ledger::Ledger> ledger;
    std::unique_ptr<edge::EdgeServer> m_server;

    static RawReply parseReply(const QByteArray &bytes);

private:
    QTemporaryDir m_home;
    QTemporaryDir m_data;
};

// Bytes i % 251 (plus a seed) so every offset is distinguishable.
QByteArray patternBytes(qint64 size, int seed = 0);
QString sha256Hex(const QByteArray &data);

} // namespace sg::test
