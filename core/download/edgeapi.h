#pragma once

// The small JSON/HTTP calls a download makes besides shard transfers: the catalog
// (/v1/datasets), the signed manifest (/v1/manifests/{cid}), tokens (POST /v1/tokens) and
// receipt bundles (/v1/log/receipts/{seq}). They go over their own connections
// (QNetworkAccessManager), separate from the data connections (DESIGN §6).

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace sg::download {

struct ApiReply
{
    int status = 0; // 0 when no HTTP response (connection refused, timeout)
    QByteArray body;
    QString error; // transport error or problem detail

    QString describe() const;
};

struct TokenGrant
{
    QByteArray token;
    qint64 expiresAtMs = 0;
    QString job;
};

class EdgeApi : public QObject
{
    Q_OBJECT
public:
    explicit EdgeApi(const QUrl &edge, QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Drops every pending call without calling its callback (the edge was given up).
    void cancel();
    const QUrl &edge() const { return m_edge; }

    using Callback = std::function<void(const ApiReply &)>;
    void get(const QString &path, Callback done);
    void postJson(const QString &path, const QJsonObject &body, const QByteArray &bearer, Callback done);

    // Parses a POST /v1/tokens answer: {"token", "expiresAt" (RFC 3339 or epoch seconds),
    // "job"?}. Falls back on the token's own exp claim.
    static Result<TokenGrant> parseTokenReply(const QByteArray &body);
    // Finds name@version in a /v1/datasets answer (an array, or {"datasets": [...]}).
    static Result<QString> findManifestCid(const QByteArray &catalog, const QString &name,
                                           const QString &version);

private:
    void finish(class QNetworkReply *reply, Callback done);

    QUrl m_edge;
    QNetworkAccessManager m_nam;
    int m_timeoutMs = 30000;
    bool m_cancelled = false;
};

} // namespace sg::download
