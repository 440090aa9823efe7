#include "origin.h"

#include "common/logging.h"
#include "crypto/cid.h"
#include "crypto/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <unistd.h>

namespace sg::edge {

namespace {

constexpr int kCidPrefixLength = 7; // "bafkrei": multibase, version, codec, hash header

QString blobPath(const QString &root, const QString &cid)
{
    return root + QLatin1Char('/') + cid.mid(kCidPrefixLength, 2) + QLatin1Char('/') + cid;
}

// Checks what was streamed against the shard it should be.
Status verifyShard(const ShardRef &shard, qint64 size, crypto::Sha256 &hash, const QString &from)
{
    if (size != shard.size)
        return fail(QStringLiteral("origin %1 sent %2 bytes for shard %3, which has %4; refused")
                        .arg(from)
                        .arg(size)
                        .arg(shard.cid)
                        .arg(shard.size),
                    QStringLiteral("integrity"));
    const QString got = crypto::Cid::fromDigest(hash.result()).toString();
    if (got != shard.cid)
        return fail(QStringLiteral("origin %1 sent bytes hashing to %2 for shard %3; refused")
                        .arg(from, got, shard.cid),
                    QStringLiteral("integrity"));
    return {};
}

Status syncFile(QFile &f)
{
    if (!f.flush() || ::fsync(f.handle()) != 0)
        return fail(QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()),
                    QStringLiteral("unavailable"));
    return {};
}

} // namespace

// --- folder -----------------------------------------------------------------------------

FolderOrigin::FolderOrigin(QString dir) : m_dir(std::move(dir))
{ }

QString FolderOrigin::describe() const
{
    return QStringLiteral("folder:") + m_dir;
}

void FolderOrigin::fetch(const ShardRef &shard, const QString &tmpPath, const FillContext &,
                         std::function<void(Status)> done)
{
    const QString src = blobPath(m_dir, shard.cid);
    const QString from = describe();
    QThreadPool::globalInstance()->start([shard, src, tmpPath, from, done] {
        auto run = [&]() -> Status {
            QFile in(src);
            if (!in.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("origin %1 has no shard %2").arg(from, shard.cid),
                            QStringLiteral("notfound"));
            QFile out(tmpPath);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return fail(QStringLiteral("cannot create %1: %2").arg(tmpPath, out.errorString()),
                            QStringLiteral("unavailable"));
            crypto::Sha256 hash;
            qint64 total = 0;
            QByteArray buf(1 << 20, Qt::Uninitialized);
            for (;;) {
                const qint64 n = in.read(buf.data(), buf.size());
                if (n < 0)
                    return fail(QStringLiteral("cannot read %1: %2").arg(src, in.errorString()),
                                QStringLiteral("unavailable"));
                if (n == 0)
                    break;
                total += n;
                if (total > shard.size)
                    break; // already wrong: verifyShard says so
                hash.add(buf.constData(), n);
                if (out.write(buf.constData(), n) != n)
                    return fail(QStringLiteral("cannot write %1: %2").arg(tmpPath, out.errorString()),
                                QStringLiteral("unavailable"));
            }
            SG_TRY(verifyShard(shard, total, hash, from));
            return syncFile(out);
        };
        Status st = run();
        if (!st)
            QFile::remove(tmpPath);
        done(st);
    });
}

Result<std::shared_ptr<Origin>> makeFolderOrigin(const QString &dir)
{
    QFileInfo fi(dir);
    if (!fi.isDir())
        return fail(QStringLiteral("origin folder '%1' does not exist; give a blob store folder (or a home)")
                        .arg(dir));
    QString root = fi.absoluteFilePath();
    if (QFileInfo(root + QStringLiteral("/blobs")).isDir())
        root += QStringLiteral("/blobs"); // a home
    return std::shared_ptr<Origin>(std::make_shared<FolderOrigin>(root));
}

// --- upstream edge ----------------------------------------------------------------------

// Lives on the origin's thread: owns the network access manager and the transfers.
class UpstreamWorker : public QObject
{
public:
    QNetworkAccessManager *nam = nullptr;
};

struct UpstreamOrigin::Private
{
    QUrl base;
    QByteArray operatorToken;
    int timeoutMs = 30000;
    QThread thread;
    UpstreamWorker *worker = nullptr;
};

UpstreamOrigin::UpstreamOrigin(QUrl base, QByteArray operatorToken, int timeoutMs)
    : d(std::make_unique<Private>())
{
    d->base = std::move(base);
    d->operatorToken = std::move(operatorToken);
    d->timeoutMs = timeoutMs;
    d->thread.setObjectName(QStringLiteral("edge-upstream"));
    d->worker = new UpstreamWorker;
    d->worker->moveToThread(&d->thread);
    QObject::connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);
    d->thread.start();
}

UpstreamOrigin::~UpstreamOrigin()
{
    d->thread.quit();
    d->thread.wait();
}

QString UpstreamOrigin::describe() const
{
    return QStringLiteral("upstream:") + d->base.toString();
}

void UpstreamOrigin::fetch(const ShardRef &shard, const QString &tmpPath, const FillContext &context,
                           std::function<void(Status)> done)
{
    QUrl url = d->base;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v1/shards/") + shard.cid);
    const QByteArray token = d->operatorToken.isEmpty() ? context.token : d->operatorToken;
    const QString from = describe();
    const int timeoutMs = d->timeoutMs;
    UpstreamWorker *w = d->worker;
    QMetaObject::invokeMethod(w, [w, url, token, shard, tmpPath, from, timeoutMs, done] {
        if (!w->nam)
            w->nam = new QNetworkAccessManager(w);
        auto out = std::make_shared<QFile>(tmpPath);
        if (!out->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            done(fail(QStringLiteral("cannot create %1: %2").arg(tmpPath, out->errorString()),
                      QStringLiteral("unavailable")));
            return;
        }
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + token);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = w->nam->get(req);
        reply->setReadBufferSize(1 << 20);
        auto hash = std::make_shared<crypto::Sha256>();
        auto total = std::make_shared<qint64>(0);
        auto failed = std::make_shared<Status>();
        QObject::connect(reply, &QIODevice::readyRead, reply, [reply, out, hash, total, failed, shard, from] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                reply->readAll();
                return;
            }
            const QByteArray chunk = reply->readAll();
            *total += chunk.size();
            if (*total > shard.size) {
                *failed = fail(QStringLiteral("origin %1 sent more than the %2 bytes of shard %3; refused")
                                   .arg(from)
                                   .arg(shard.size)
                                   .arg(shard.cid),
                               QStringLiteral("integrity"));
                reply->abort();
                return;
            }
            hash->add(chunk);
            if (out->write(chunk) != chunk.size()) {
                *failed = fail(QStringLiteral("cannot write %1: %2").arg(out->fileName(), out->errorString()),
                               QStringLiteral("unavailable"));
                reply->abort();
            }
        });
        QObject::connect(
            reply, &QNetworkReply::finished, reply, [reply, out, hash, total, failed, shard, from, done] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                Status st = *failed;
                if (st) {
                    if (status == 200 && reply->error() == QNetworkReply::NoError) {
                        const QByteArray rest = reply->readAll();
                        *total += rest.size();
                        hash->add(rest);
                        out->write(rest);
                        st = verifyShard(shard, *total, *hash, from);
                        if (st)
                            st = syncFile(*out);
                    } else if (status == 404) {
                        st = fail(QStringLiteral("origin %1 has no shard %2").arg(from, shard.cid),
                                  QStringLiteral("notfound"));
                    } else if (status != 0) {
                        st = fail(QStringLiteral("origin %1 answered %2 for shard %3")
                                      .arg(from)
                                      .arg(status)
                                      .arg(shard.cid),
                                  status == 401 || status == 403 ? QStringLiteral("forbidden")
                                                                 : QStringLiteral("unavailable"));
                    } else {
                        st = fail(QStringLiteral("origin %1 unreachable: %2").arg(from, reply->errorString()),
                                  QStringLiteral("unavailable"));
                    }
                }
                out->close();
                if (!st)
                    QFile::remove(out->fileName());
                done(st);
            });
    });
}

Result<std::shared_ptr<Origin>> makeUpstreamOrigin(const QString &url, const QByteArray &operatorToken)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))
        || u.host().isEmpty())
        return fail(QStringLiteral("upstream '%1' is not an http(s) URL of an edge (e.g. http://edge-a:8440)")
                        .arg(url));
    return std::shared_ptr<Origin>(std::make_shared<UpstreamOrigin>(u, operatorToken));
}

} // namespace sg::edge
