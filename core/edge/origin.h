#pragma once

// Where the edge's cache fills a miss from (DESIGN §6): a blob-store folder (another
// home's blobs/, an NFS mount, a synced bucket) or an upstream edge's URL. An origin only
// moves bytes into a temporary file; it verifies size and CID on the way (SHA-256 while
// streaming) and refuses anything else with the error code "integrity", so nothing an
// origin says is cached or served unverified. fetch() never blocks its caller.

#include "common/result.h"
#include "edge/services.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QThread;

namespace sg::edge {

class Origin
{
public:
    virtual ~Origin() = default;
    // Writes the shard's bytes to tmpPath (created; removed on failure) and calls done
    // once, on any thread. Error codes: "notfound" (the origin does not have it),
    // "integrity" (wrong bytes: size or CID), "unavailable" (cannot reach/read it).
    virtual void fetch(const ShardRef &shard, const QString &tmpPath, const FillContext &context,
                       std::function<void(Status)> done)
        = 0;
    // "folder:/srv/blobs", "upstream:http://edge-a:8440"
    virtual QString describe() const = 0;
};

// A blob-store folder laid out as `<dir>/<2 chars of the hash part>/<cid>` (DESIGN §2);
// a home folder (with blobs/ inside) is accepted too. Reads run on the thread pool.
class FolderOrigin final : public Origin
{
public:
    explicit FolderOrigin(QString dir);
    void fetch(const ShardRef &shard, const QString &tmpPath, const FillContext &context,
               std::function<void(Status)> done) override;
    QString describe() const override;

private:
    QString m_dir;
};

// Another edge: GET {url}/v1/shards/{cid} with `Authorization: Bearer <token>`, where the
// token is the requesting buyer's own (FillContext::token) — an upstream sharing the
// store (DESIGN §9) accepts it, meters the transfer to this edge and bills the (buyer,
// job, shard) only once; when operatorToken is set it is sent instead (a token the
// upstream issued to this edge's operator). Transfers run on the origin's own thread.
class UpstreamOrigin final : public Origin
{
public:
    explicit UpstreamOrigin(QUrl base, QByteArray operatorToken = {}, int timeoutMs = 30000);
    ~UpstreamOrigin() override;
    void fetch(const ShardRef &shard, const QString &tmpPath, const FillContext &context,
               std::function<void(Status)> done) override;
    QString describe() const override;

    struct Private;

private:
    std::unique_ptr<Private> d;
};

// "--origin DIR" / "--upstream URL" -> an origin; errors say what is wrong with the value.
Result<std::shared_ptr<Origin>> makeFolderOrigin(const QString &dir);
Result<std::shared_ptr<Origin>> makeUpstreamOrigin(const QString &url, const QByteArray &operatorToken = {});

} // namespace sg::edge
