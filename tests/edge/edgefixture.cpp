#include "edgefixture.h"

#include "common/money.h"
#include "common/paths.h"
#include "crypto/ed25519.h"
#include "crypto/sha256.h"
#include "edge/marketbinding.h"
#include "ledger/ledger.h"
#include "license/license.h"
#include "market/market.h"
#include "packaging/blobstore.h"
#include "packaging/packer.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace sg::test {

QByteArray patternBytes(qint64 size, int seed)
{
    QByteArray b(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        b[i] = char((i + seed * 7) % 251);
    return b;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(crypto::Sha256::hash(data).toHex());
}

EdgeFixture::EdgeFixture()
{
    config.port = 0;
    config.sweepIntervalMs = 20;
}

EdgeFixture::~EdgeFixture()
{
    stop();
    binding.reset();
    ledger.reset(); // before the home folder goes
}

bool EdgeFixture::publish(const QString &name, const QMap<QString, QByteArray> &files, Dataset *out,
                          const QString &price)
{
    const QString dir = m_data.path() + QLatin1Char('/') + name;
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (!writeFile(dir + QLatin1Char('/') + it.key(), it.value()))
            return false;
    }
    QDir().mkpath(dir);
    Paths paths(m_home.path());
    if (!paths.ensure())
        return false;
    const packaging::BlobStore store(paths.blobs());
    const auto key = crypto::Ed25519PrivateKey::generate();
    QJsonObject lic { { QStringLiteral("id"), QStringLiteral("edge-test") },
                      { QStringLiteral("spdx"), QStringLiteral("CC-BY-4.0") },
                      { QStringLiteral("uses"), QJsonArray { QStringLiteral("train") } },
                      { QStringLiteral("pricePerAccess"),
                        QJsonObject { { QStringLiteral("amount"), price },
                                      { QStringLiteral("currency"), QStringLiteral("USD") } } } };
    for (auto it = licenseExtra.begin(); it != licenseExtra.end(); ++it)
        lic.insert(it.key(), it.value());
    auto license = license::License::fromJson(lic);
    if (!license) {
        qWarning() << license.errorString();
        return false;
    }
    packaging::PackOptions opt;
    opt.dataset = name;
    opt.version = QStringLiteral("v1");
    opt.license = license->toJson();
    opt.shardSize = 1 << 20;
    opt.threads = 1;
    opt.created = clock.nowSecs();
    auto packed = packaging::packFolder(dir, store, key, opt);
    if (!packed) {
        qWarning() << "pack:" << packed.errorString();
        return false;
    }
    market::MarketOptions mo;
    mo.home = m_home.path();
    mo.clock = &clock;
    auto m = market::Market::open(mo);
    if (!m) {
        qWarning() << "market:" << m.errorString();
        return false;
    }
    auto pub = (*m)->catalog().publish(packed->manifestBytes);
    if (!pub) {
        qWarning() << "publish:" << pub.errorString();
        return false;
    }
    out->manifestCid = packed->manifestCid.toString();
    out->files = files;
    for (const auto &s : packed->manifest.shards) {
        out->shardCids.append(s.cid.toString());
        out->shardSizes.append(s.size);
    }
    return true;
}

QString EdgeFixture::account(const QString &buyer, const QString &credits)
{
    market::MarketOptions mo;
    mo.home = m_home.path();
    mo.clock = &clock;
    auto m = market::Market::open(mo);
    if (!m)
        return {};
    auto acc = (*m)->accounts().create(buyer, parseMoney(credits).valueOr(0));
    if (!acc) {
        qWarning() << "account:" << acc.errorString();
        return {};
    }
    return acc->apiKey;
}

bool EdgeFixture::start()
{
    auto lo = ledger::LedgerOptions::forHome(m_home.path());
    if (checkpointIntervalMs >= 0)
        lo.checkpointIntervalMs = checkpointIntervalMs;
    auto lg = ledger::Ledger::open(lo);
    if (!lg) {
        qWarning() << "ledger:" << lg.errorString();
        return false;
    }
    ledger = std::shared_ptr<ledger::Ledger>(std::move(*lg));
    auto b = edge::MarketBinding::open({ m_home.path(), {}, &clock });
    if (!b) {
        qWarning() << "binding:" << b.errorString();
        return false;
    }
    binding = std::move(*b);
    edge::EdgeServices services = binding->services(ledger, nullptr);
    if (wrap)
        services = wrap(services);
    m_server = std::make_unique<edge::EdgeServer>(config, services);
    auto port = m_server->start();
    if (!port) {
        qWarning() << "start:" << port.errorString();
        return false;
    }
    return true;
}

void EdgeFixture::stop()
{
    m_server.reset();
    if (ledger)
        (void)ledger->flush();
}

RawReply EdgeFixture::parseReply(const QByteArray &bytes)
{
    RawReply r;
    r.raw = bytes;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return r;
    const QList<QByteArray> lines = bytes.first(end).split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    r.status = status.value(1).toInt();
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray l = lines[i].trimmed();
        const qsizetype c = l.indexOf(':');
        if (c > 0)
            r.headers.insert(l.first(c).toLower(), l.mid(c + 1).trimmed());
    }
    const qint64 len = r.headers.value("content-length", "-1").toLongLong();
    r.body = bytes.mid(end + 4, len >= 0 ? len : -1);
    return r;
}

RawReply EdgeFixture::raw(const QByteArray &request, int timeoutMs)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port());
    if (!s.waitForConnected(timeoutMs))
        return {};
    s.write(request);
    s.flush();
    QByteArray buf;
    QElapsedTimer t;
    t.start();
    bool closed = false;
    while (t.elapsed() < timeoutMs) {
        // Complete when the head and Content-Length bytes are in (or the peer closed).
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end >= 0) {
            RawReply r = parseReply(buf);
            const qint64 len = r.headers.value("content-length", "-1").toLongLong();
            const bool headOnly = request.startsWith("HEAD ");
            if (len >= 0 && (headOnly || buf.size() >= end + 4 + len))
                break;
        }
        if (s.state() != QAbstractSocket::ConnectedState) {
            closed = true;
            break;
        }
        if (s.waitForReadyRead(100))
            buf += s.readAll();
        else if (s.state() != QAbstractSocket::ConnectedState)
            closed = true;
    }
    buf += s.readAll();
    RawReply r = parseReply(buf);
    r.closed = closed || s.state() != QAbstractSocket::ConnectedState;
    return r;
}

RawReply EdgeFixture::get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QByteArray &method)
{
    QByteArray req = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &h : headers)
        req += h.first + ": " + h.second + "\r\n";
    req += "\r\n";
    return raw(req);
}

QByteArray EdgeFixture::token(const QString &apiKey, const QString &manifestCid, const QString &job)
{
    QJsonObject body { { QStringLiteral("manifest"), manifestCid }, { QStringLiteral("ttl"), 600 } };
    if (!job.isEmpty())
        body.insert(QStringLiteral("job"), job);
    const QByteArray b = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const RawReply r = raw("POST /v1/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                           + apiKey.toLatin1() + "\r\nContent-Type: application/json\r\nContent-Length: "
                           + QByteArray::number(b.size()) + "\r\n\r\n" + b);
    if (r.status != 201) {
        qWarning() << "token request failed" << r.status << r.body;
        return {};
    }
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("token")).toString().toLatin1();
}

} // namespace sg::test
