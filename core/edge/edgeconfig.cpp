#include "edgeconfig.h"

#include "common/fileutil.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sg::edge {

Status EdgeConfig::setListen(const QString &hostPort)
{
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return fail(
            QStringLiteral("listen address '%1' is not HOST:PORT (e.g. 127.0.0.1:8440)").arg(hostPort));
    QString host = hostPort.left(colon);
    bool ok = false;
    const uint p = hostPort.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return fail(QStringLiteral("listen port in '%1' is not a number 0-65535").arg(hostPort));
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress a;
    if (host == QLatin1String("localhost"))
        a = QHostAddress(QHostAddress::LocalHost);
    else if (!a.setAddress(host))
        return fail(QStringLiteral("listen host '%1' is not an IP address").arg(host));
    address = a;
    port = quint16(p);
    return {};
}

Result<EdgeConfig> EdgeConfig::load(const QString &path, const EdgeConfig &base)
{
    auto bytes = readFile(path, 1 << 20);
    if (!bytes)
        return bytes.error();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &pe);
    if (!doc.isObject())
        return fail(QStringLiteral("config %1: not a JSON object (%2)").arg(path, pe.errorString()));
    EdgeConfig c = base;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        auto num = [&](qint64 &target, qint64 min) -> Status {
            if (!v.isDouble() || v.toDouble() < double(min) || v.toDouble() != double(qint64(v.toDouble())))
                return fail(QStringLiteral("config %1: '%2' must be an integer >= %3").arg(path, k).arg(min));
            target = qint64(v.toDouble());
            return {};
        };
        qint64 n = 0;
        if (k == QLatin1String("listen")) {
            if (!v.isString())
                return fail(QStringLiteral("config %1: 'listen' must be \"HOST:PORT\"").arg(path));
            SG_TRY(c.setListen(v.toString()));
        } else if (k == QLatin1String("allowNonLoopback")) {
            if (!v.isBool())
                return fail(QStringLiteral("config %1: 'allowNonLoopback' must be true or false").arg(path));
            c.allowNonLoopback = v.toBool();
        } else if (k == QLatin1String("threads")) {
            SG_TRY(num(n, 1));
            c.threads = int(std::min<qint64>(n, 64));
        } else if (k == QLatin1String("maxRequestLine")) {
            SG_TRY(num(n, 64));
            c.limits.maxRequestLine = int(n);
        } else if (k == QLatin1String("maxHeaderBytes")) {
            SG_TRY(num(n, 256));
            c.limits.maxHeaderBytes = int(n);
        } else if (k == QLatin1String("maxHeaderCount")) {
            SG_TRY(num(n, 4));
            c.limits.maxHeaderCount = int(n);
        } else if (k == QLatin1String("maxBodyBytes")) {
            SG_TRY(num(c.limits.maxBody, 0));
        } else if (k == QLatin1String("headerTimeoutMs")) {
            SG_TRY(num(c.headerTimeoutMs, 1));
        } else if (k == QLatin1String("idleTimeoutMs")) {
            SG_TRY(num(c.idleTimeoutMs, 1));
        } else if (k == QLatin1String("maxConnections")) {
            SG_TRY(num(n, 1));
            c.maxConnections = int(n);
        } else if (k == QLatin1String("maxConnectionsPerIp")) {
            SG_TRY(num(n, 1));
            c.maxConnectionsPerIp = int(n);
        } else if (k == QLatin1String("drainTimeoutMs")) {
            SG_TRY(num(c.drainTimeoutMs, 0));
        } else if (k == QLatin1String("cacheCapacity")) {
            const qint64 size = v.isString() ? parseSize(v.toString())
                : v.isDouble()               ? qint64(v.toDouble())
                                             : -1;
            if (size <= 0)
                return fail(
                    QStringLiteral("config %1: 'cacheCapacity' must be a size (\"20GiB\") or bytes > 0")
                        .arg(path));
            c.cacheCapacity = size;
        } else if (k == QLatin1String("cacheDir") || k == QLatin1String("origin")
                   || k == QLatin1String("upstream")) {
            if (!v.isString())
                return fail(QStringLiteral("config %1: '%2' must be a string").arg(path, k));
            (k == QLatin1String("cacheDir")     ? c.cacheDir
                 : k == QLatin1String("origin") ? c.origin
                                                : c.upstream)
                = v.toString();
        } else if (k == QLatin1String("rateLimitPerToken") || k == QLatin1String("rateBurstPerToken")
                   || k == QLatin1String("rateLimitPerBuyer") || k == QLatin1String("rateBurstPerBuyer")) {
            if (!v.isDouble() || v.toDouble() < 0)
                return fail(
                    QStringLiteral("config %1: '%2' must be a number >= 0 (0 = no limit)").arg(path, k));
            double &target = k == QLatin1String("rateLimitPerToken") ? c.rateLimitPerToken
                : k == QLatin1String("rateBurstPerToken")            ? c.rateBurstPerToken
                : k == QLatin1String("rateLimitPerBuyer")            ? c.rateLimitPerBuyer
                                                                     : c.rateBurstPerBuyer;
            target = v.toDouble();
        } else {
            return fail(QStringLiteral("config %1: unknown key '%2'").arg(path, k));
        }
    }
    return c;
}

} // namespace sg::edge
