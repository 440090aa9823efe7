#include "metrics.h"

#include <QStringList>

#include <algorithm>

namespace sg::edge {

void Metrics::countStatus(int status)
{
    requests.fetch_add(1, std::memory_order_relaxed);
    if (status >= 100 && status < 600)
        m_status[status].fetch_add(1, std::memory_order_relaxed);
}

void Metrics::countTokenReject(const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    ++m_tokenRejects[reason];
}

void Metrics::countGuardReject(const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    ++m_guardRejects[reason];
}

void Metrics::countEviction(const QString &cause, qint64 n)
{
    QMutexLocker lock(&m_mutex);
    m_evictions[cause] += n;
}

void Metrics::setExtra(std::function<QByteArray()> extra)
{
    QMutexLocker lock(&m_mutex);
    m_extra = std::move(extra);
}

void Metrics::countDatasetRevenue(const QString &dataset, qint64 receipts, qint64 micros)
{
    QMutexLocker lock(&m_mutex);
    auto &p = m_dataset[dataset];
    p.first += receipts;
    p.second += micros;
}

namespace {
QByteArray escapeLabel(const QString &v)
{
    QByteArray out = v.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

void counter(QByteArray &out, const char *name, const char *help, qint64 value)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n" + name + ' '
        + QByteArray::number(value) + '\n';
}

template<typename Map>
void labelled(QByteArray &out, const char *name, const char *help, const char *label, const Map &map)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n";
    auto keys = map.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto &k : keys) {
        QByteArray key;
        if constexpr (std::is_same_v<std::decay_t<decltype(k)>, int>)
            key = QByteArray::number(k);
        else
            key = escapeLabel(k);
        out += QByteArray(name) + '{' + label + "=\"" + key + "\"} " + QByteArray::number(map.value(k))
            + '\n';
    }
}
} // namespace

QByteArray Metrics::prometheusText() const
{
    // The extra families first: they may count (expiry sweeps) what is printed below.
    std::function<QByteArray()> extraFn;
    {
        QMutexLocker lock(&m_mutex);
        extraFn = m_extra;
    }
    const QByteArray extra = extraFn ? extraFn() : QByteArray();
    QByteArray out;
    counter(out, "shardgate_requests_total", "HTTP responses written.", requests.load());
    counter(out, "shardgate_data_requests_total", "Shard and file responses.", dataRequests.load());
    counter(out, "shardgate_bytes_served_total", "Body bytes of shard and file responses.",
            bytesServed.load());
    counter(out, "shardgate_cache_hits_total", "Data requests served from the local store.", hits.load());
    counter(out, "shardgate_cache_misses_total", "Data requests for bytes not in the local store.",
            misses.load());
    counter(out, "shardgate_bytes_saved_from_origin_total", "Bytes served without an origin fetch.",
            bytesSavedFromOrigin.load());
    counter(out, "shardgate_receipts_total", "Receipts appended to the log.", receipts.load());
    counter(out, "shardgate_receipt_failures_total", "Receipts the log refused.", receiptFailures.load());
    counter(out, "shardgate_connections_total", "Connections accepted.", connectionsTotal.load());
    counter(out, "shardgate_connections_refused_total", "Connections refused by the connection caps.",
            connectionsRefused.load());
    counter(out, "shardgate_api_handoffs_total", "Connections handed to the API server.", handedToApi.load());
    counter(out, "shardgate_transfers_aborted_total", "Transfers cut short by the client.", aborted.load());
    out += "# HELP shardgate_connections_open Connections open now.\n# TYPE shardgate_connections_open "
           "gauge\n"
           "shardgate_connections_open "
        + QByteArray::number(connectionsOpen.load()) + '\n';
    QHash<int, qint64> statuses;
    for (int code = 100; code < 600; ++code) {
        if (const qint64 n = m_status[code].load(std::memory_order_relaxed))
            statuses.insert(code, n);
    }
    labelled(out, "shardgate_responses_total", "Responses by status code.", "code", statuses);
    QMutexLocker lock(&m_mutex);
    labelled(out, "shardgate_token_rejects_total", "Requests refused by the token check, by reason.",
             "reason", m_tokenRejects);
    labelled(out, "shardgate_guard_rejects_total", "Requests refused by the guard, by reason.", "reason",
             m_guardRejects);
    labelled(out, "shardgate_evictions_total", "Cache evictions by cause.", "cause", m_evictions);
    QHash<QString, qint64> rc, rev;
    for (auto it = m_dataset.begin(); it != m_dataset.end(); ++it) {
        rc.insert(it.key(), it.value().first);
        rev.insert(it.key(), it.value().second);
    }
    labelled(out, "shardgate_dataset_receipts_total", "Access receipts by manifest.", "manifest", rc);
    labelled(out, "shardgate_dataset_revenue_micros_total", "Charged micro-units by manifest.", "manifest",
             rev);
    lock.unlock();
    out += extra;
    return out;
}

} // namespace sg::edge
