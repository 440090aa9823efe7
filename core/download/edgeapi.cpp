#include "edgeapi.h"

#include "common/clock.h"
#include "crypto/encoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sg::download {

QString ApiReply::describe() const
{
    if (status == 0)
        return error.isEmpty() ? QStringLiteral("no answer") : error;
    return error.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                           : QStringLiteral("HTTP %1: %2").arg(status).arg(error);
}

EdgeApi::EdgeApi(const QUrl &edge, QObject *parent) : QObject(parent), m_edge(edge)
{
    m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

static QNetworkRequest makeRequest(const QUrl &edge, const QString &path, int timeoutMs)
{
    QUrl url = edge;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    req.setRawHeader("Accept-Encoding", "identity");
    req.setRawHeader("User-Agent", "shardgate-cli/" SG_VERSION);
    return req;
}

void EdgeApi::get(const QString &path, Callback done)
{
    QNetworkReply *reply = m_nam.get(makeRequest(m_edge, path, m_timeoutMs));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] { finish(reply, done); });
}

void EdgeApi::postJson(const QString &path, const QJsonObject &body, const QByteArray &bearer, Callback done)
{
    QNetworkRequest req = makeRequest(m_edge, path, m_timeoutMs);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply *reply = m_nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] { finish(reply, done); });
}

void EdgeApi::cancel()
{
    m_cancelled = true;
    for (QNetworkReply *reply : m_nam.findChildren<QNetworkReply *>())
        reply->abort();
}

void EdgeApi::finish(QNetworkReply *reply, Callback done)
{
    reply->deleteLater();
    if (m_cancelled)
        return;
    ApiReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (r.status == 0) {
        r.error = reply->errorString();
    } else if (r.status >= 400) {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        r.error = o.value(QLatin1String("detail")).toString();
        if (r.error.isEmpty())
            r.error = o.value(QLatin1String("title")).toString();
        if (r.error.isEmpty())
            r.error = QString::fromUtf8(r.body.left(200)).simplified();
    }
    done(r);
}

Result<TokenGrant> EdgeApi::parseTokenReply(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    TokenGrant g;
    g.token = o.value(QLatin1String("token")).toString().toLatin1();
    const QList<QByteArray> parts = g.token.split('.');
    if (parts.size() != 3)
        return fail(QStringLiteral("the edge's token answer holds no JWT"), QStringLiteral("token"));
    const QJsonValue exp = o.value(QLatin1String("expiresAt"));
    if (exp.isString())
        g.expiresAtMs = parseUtc(exp.toString()) * 1000;
    else if (exp.isDouble())
        g.expiresAtMs = qint64(exp.toDouble()) * 1000;
    const auto payload = crypto::base64UrlDecode(parts.at(1));
    const QJsonObject claims = payload ? QJsonDocument::fromJson(*payload).object() : QJsonObject();
    if (g.expiresAtMs <= 0 && claims.value(QLatin1String("exp")).isDouble())
        g.expiresAtMs = qint64(claims.value(QLatin1String("exp")).toDouble()) * 1000;
    if (g.expiresAtMs <= 0)
        return fail(QStringLiteral("the edge's token answer has no expiry"), QStringLiteral("token"));
    g.job = o.value(QLatin1String("job")).toString();
    if (g.job.isEmpty())
        g.job = claims.value(QLatin1String("job")).toString();
    return g;
}

Result<QString> EdgeApi::findManifestCid(const QByteArray &catalog, const QString &name,
                                         const QString &version)
{
    const QJsonDocument doc = QJsonDocument::fromJson(catalog);
    QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("datasets")).toArray();
    QStringList versions;
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject o = v.toObject();
        const QString dataset
            = o.value(QLatin1String("dataset")).toString(o.value(QLatin1String("name")).toString());
        if (dataset != name)
            continue;
        const QString ver = o.value(QLatin1String("version")).toString();
        versions.append(ver);
        if (ver == version) {
            QString cid = o.value(QLatin1String("manifestCid")).toString();
            if (cid.isEmpty())
                cid = o.value(QLatin1String("manifest")).toString(o.value(QLatin1String("cid")).toString());
            if (!cid.isEmpty())
                return cid;
        }
    }
    if (versions.isEmpty())
        return fail(QStringLiteral("no dataset named \"%1\" in the edge's catalog").arg(name),
                    QStringLiteral("notfound"));
    return fail(QStringLiteral("dataset \"%1\" has no version \"%2\" (versions: %3)")
                    .arg(name, version, versions.join(QStringLiteral(", "))),
                QStringLiteral("notfound"));
}

} // namespace sg::download
