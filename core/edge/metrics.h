#pragma once

// Counters an operator decides eviction and pricing from, in Prometheus text format
// (GET /metrics). Thread-safe: every worker thread counts into the same instance.

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>

namespace sg::edge {

class Metrics
{
public:
    std::atomic<qint64> requests { 0 }; // every response written
    std::atomic<qint64> dataRequests { 0 }; // shard/file responses
    std::atomic<qint64> bytesServed { 0 }; // body bytes of shard/file responses
    std::atomic<qint64> hits { 0 }; // served from the local store
    std::atomic<qint64> misses { 0 }; // not in the store (404 or origin)
    std::atomic<qint64> bytesSavedFromOrigin { 0 };
    std::atomic<qint64> receipts { 0 };
    std::atomic<qint64> receiptFailures { 0 };
    std::atomic<qint64> connectionsOpen { 0 };
    std::atomic<qint64> connectionsTotal { 0 };
    std::atomic<qint64> connectionsRefused { 0 };
    std::atomic<qint64> handedToApi { 0 };
    std::atomic<qint64> aborted { 0 }; // transfers cut short by the client

    void countStatus(int status);
    void countTokenReject(const QString &reason);
    void countGuardReject(const QString &reason);
    void countEviction(const QString &cause, qint64 n = 1);
    void countDatasetRevenue(const QString &dataset, qint64 receipts, qint64 micros);

    QByteArray prometheusText() const;
    // More families appended to prometheusText() (the cache layer's gauges).
    void setExtra(std::function<QByteArray()> extra);

private:
    // Per status code, lock-free: counted on every response by every worker thread.
    std::atomic<qint64> m_status[600] {};
    mutable QMutex m_mutex;
    QHash<QString, qint64> m_tokenRejects;
    QHash<QString, qint64> m_guardRejects;
    QHash<QString, qint64> m_evictions;
    QHash<QString, QPair<qint64, qint64>> m_dataset;
    std::function<QByteArray()> m_extra;
};

} // namespace sg::edge
