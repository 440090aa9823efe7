#pragma once

// Test-only pieces for the downloader tests:
//  - buildDataset(): packs in-memory files into shards and a signed manifest (any layout,
//    including hostile paths, so the downloader's own checks are what is tested);
//  - TestEdge: a small HTTP/1.1 server with the edge's download routes (manifests,
//    shards with ranges and If-Range, tokens, receipt bundles) that counts what it
//    serves and bills the first delivery of a shard per job;
//  - FaultProxy: sits in front of any edge (the test one or a real `shardgate-cli
//    serve`) and injects faults into shard responses: dropped connections at random body
//    offsets, stalls, flipped bytes, 503 bursts, 200 instead of 206, wrong Content-Range.

#include "common/clock.h"
#include "crypto/cid.h"
#include "crypto/ed25519.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>
#include <vector>

namespace sg::test {

struct TestDataset
{
    QList<QPair<QString, QByteArray>> files;
    qint64 shardSize = 1 << 20;
    QByteArray manifestBytes; // JCS bytes of the signed manifest
    crypto::Cid manifestCid;
    QList<QByteArray> shards; // in manifest order
    QJsonObject manifest;
};

// Files are packed in order, back to back, cut at shardSize. The manifest is signed with
// key; mutate (optional) edits the manifest object before signing (hostile manifests).
TestDataset buildDataset(const QList<QPair<QString, QByteArray>> &files, qint64 shardSize,
                         const crypto::Ed25519PrivateKey &key,
                         const std::function<void(QJsonObject &)> &mutate = {});
// Deterministic pseudo-random bytes.
QByteArray patternBytes(qint64 size, quint32 seed);

class TestEdge : public QTcpServer
{
    Q_OBJECT
public:
    explicit TestEdge(const Clock *clock, QObject *parent = nullptr);

    void addDataset(const TestDataset &ds);
    // Serves bytes under cid (a lying edge).
    void serveManifestAs(const QString &cid, const QByteArray &bytes) { m_manifests.insert(cid, bytes); }
    QString url() const;

    // Token handling: tokens last ttl seconds of clock time; revoke() makes every shard
    // request and token request answer 403.
    void revokeAll() { m_revoked = true; }
    void setRequireToken(bool on) { m_requireToken = on; }
    // Answer GET /v1/log/key with this verifier key (404 while empty): the downloader then
    // checks every bundle against it, and this edge's bundles carry no proof.
    void serveLogKey(const QByteArray &vkey) { m_logKey = vkey; }

    // Counters.
    qint64 shardBodyBytes() const { return m_shardBodyBytes; } // bytes of shard bodies sent
    int tokensIssued() const { return m_tokensIssued; }
    int shardRequests() const { return m_shardRequests; }
    // Ranged shard requests that do not start at byte 0 (a resumed shard), with and
    // without If-Range: "<cid>".
    int resumedWithIfRange() const { return m_resumedWithIfRange; }
    int resumedWithoutIfRange() const { return m_resumedWithoutIfRange; }
    // Charged first deliveries: (job, shard cid) -> count of charges (must stay 1).
    const QMap<QPair<QString, QString>, int> &charges() const { return m_charges; }
    QList<QJsonObject> receipts() const { return m_receipts; }
    QSet<QString> jobsSeen() const;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *s);
    void respond(QTcpSocket *s, const QByteArray &method, const QByteArray &path,
                 const QMap<QByteArray, QByteArray> &headers, const QByteArray &body);
    static void send(QTcpSocket *s, int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                     const QByteArray &body);
    qint64 addReceipt(const QString &shard, const QString &job, qint64 bytes, const QString &range);

    const Clock *m_clock;
    QHash<QString, QByteArray> m_manifests; // cid -> bytes
    QHash<QString, QByteArray> m_shards; // cid -> bytes
    QHash<QString, QPair<QString, qint64>> m_tokens; // token -> (job, exp ms)
    QHash<QTcpSocket *, QByteArray> m_buffers;
    bool m_revoked = false;
    bool m_requireToken = true;
    QByteArray m_logKey;
    qint64 m_shardBodyBytes = 0;
    int m_tokensIssued = 0;
    int m_shardRequests = 0;
    int m_resumedWithIfRange = 0;
    int m_resumedWithoutIfRange = 0;
    QMap<QPair<QString, QString>, int> m_charges;
    QList<QJsonObject> m_receipts;
    QString m_manifestCid;
};

class FaultProxy : public QTcpServer
{
    Q_OBJECT
public:
    enum Fault { None, Drop, Stall, Corrupt, Status503, NoRange, WrongContentRange };

    // Probabilities per shard request (the rest pass through untouched).
    struct Mix
    {
        double drop = 0, stall = 0, corrupt = 0, burst503 = 0, noRange = 0, wrongRange = 0;
    };

    FaultProxy(const QString &upstreamHost, quint16 upstreamPort, quint32 seed, QObject *parent = nullptr);
    ~FaultProxy() override;
    void setMix(const Mix &mix) { m_mix = mix; }
    // The first shard requests get these faults in order, then the random mix applies.
    void setScript(const QList<Fault> &script) { m_script = script; }
    QString url() const;
    QMap<Fault, int> injected() const { return m_injected; }
    // The edge behind it "dies" as a process killed with -9 would look to a client: open
    // connections reset, new ones refused. dieAfterBodyBytes: once that many response
    // body bytes went through (0 = never).
    void die();
    void setDieAfterBodyBytes(qint64 n) { m_dieAfter = n; }
    qint64 bodyBytesRelayed() const { return m_relayed; }

private:
    struct Conn;
    void onNewConnection();
    void pumpClient(Conn *c);
    void pumpUpstream(Conn *c);
    void closeConn(Conn *c);
    Fault pick();

    QString m_host;
    quint16 m_port;
    QRandomGenerator m_rng;
    Mix m_mix;
    QMap<Fault, int> m_injected;
    int m_burstLeft = 0;
    QList<Fault> m_script;
    qint64 m_relayed = 0;
    qint64 m_dieAfter = 0;
    bool m_dead = false;
    std::vector<std::unique_ptr<Conn>> m_conns; // kept until the proxy goes
};

} // namespace sg::test
