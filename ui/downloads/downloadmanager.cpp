#include "downloadmanager.h"

#include "common/fileutil.h"
#include "download/downloader.h"
#include "settings/settingsworkspace.h"
#include "shell/appcontext.h"
#include "shell/embeddededge.h"
#include "widgets/async.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sg::ui {

namespace {
QString stateName(DownloadItem::State s)
{
    switch (s) {
    case DownloadItem::State::Queued:
        return QStringLiteral("queued");
    case DownloadItem::State::Running:
        return QStringLiteral("running");
    case DownloadItem::State::Paused:
        return QStringLiteral("paused");
    case DownloadItem::State::Done:
        return QStringLiteral("done");
    case DownloadItem::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}
DownloadItem::State stateFromName(const QString &n)
{
    if (n == QLatin1String("paused"))
        return DownloadItem::State::Paused;
    if (n == QLatin1String("done"))
        return DownloadItem::State::Done;
    if (n == QLatin1String("failed"))
        return DownloadItem::State::Failed;
    if (n == QLatin1String("running"))
        return DownloadItem::State::Running;
    return DownloadItem::State::Queued;
}
} // namespace

DownloadManager::DownloadManager(AppContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_model(new DownloadQueueModel(this)), m_worker(new QObject)
{
    qRegisterMetaType<sg::download::DownloadProgress>();
    qRegisterMetaType<sg::Status>();
    m_thread.setObjectName(QStringLiteral("sg-downloads"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    // The transfer thread too: a download keeps both cores busy, and the GUI thread must
    // still get its turn at once (tests/ui/tst_guistall measures it).
    QMetaObject::invokeMethod(m_worker, [] { lowerCurrentThreadPriority(kWorkerNiceness); });
    connect(m_context->edge(), &EmbeddedEdge::started, this, [this] {
        for (const DownloadItem &it : m_model->items())
            if (it.state == DownloadItem::State::Queued && it.edgeUrl == QLatin1String("embedded"))
                start(it.id);
    });
}

DownloadManager::~DownloadManager()
{
    // Stop every transfer on its own thread (the journal keeps what was verified).
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            for (auto *d : worker->findChildren<download::Downloader *>())
                delete d;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString DownloadManager::queueFile() const
{
    return m_context->home() + QStringLiteral("/downloads.json");
}

DownloadItem *DownloadManager::find(int id)
{
    return const_cast<DownloadItem *>(m_model->item(id));
}

int DownloadManager::enqueue(const QString &edgeUrl, const QString &manifestCid, const QString &outDir,
                             const QString &apiKey)
{
    DownloadItem item;
    item.id = m_nextId++;
    item.edgeUrl
        = !edgeUrl.isEmpty() && edgeUrl == m_context->edge()->url() ? QStringLiteral("embedded") : edgeUrl;
    item.manifest = manifestCid;
    item.outDir = outDir;
    m_model->add(item);
    if (!apiKey.isEmpty())
        m_apiKeys.insert(item.id, apiKey);
    start(item.id);
    return item.id;
}

void DownloadManager::start(int id)
{
    const DownloadItem *found = m_model->item(id);
    if (!found || m_running.value(id))
        return;
    DownloadItem item = *found;
    download::DownloadOptions options;
    QString edgeUrl = item.edgeUrl;
    if (edgeUrl == QLatin1String("embedded")) {
        // The embedded edge gets a new port each run: resolve it now.
        edgeUrl = m_context->edge()->url();
        if (edgeUrl.isEmpty()) {
            item.state = DownloadItem::State::Queued;
            item.message = tr("waiting for the embedded edge to start");
            m_model->update(item);
            return;
        }
    }
    options.edge = QUrl(edgeUrl);
    options.apiKey = m_apiKeys.value(id, m_context->buyerApiKey()).toUtf8();
    options.manifest = item.manifest;
    options.outDir = item.outDir;
    item.state = DownloadItem::State::Running;
    item.message.clear();
    if (options.apiKey.isEmpty()) {
        item.state = DownloadItem::State::Failed;
        item.message = tr("no buyer API key: choose a buyer in the Catalog, then retry");
        m_model->update(item);
        save();
        return;
    }
    m_model->update(item);
    save();

    // Hashing and writing threads yield to the GUI thread when the cores are busy.
    options.workerNiceness = kWorkerNiceness;
    options.directWrites = !SettingsWorkspace::cachedDownloadWrites();
    m_directWrites.insert(id, options.directWrites);
    QPointer<DownloadManager> self(this);
    QMetaObject::invokeMethod(m_worker, [self, id, options, worker = m_worker] {
        auto *d = new download::Downloader(options, worker);
        connect(d, &download::Downloader::progressChanged, worker,
                [self, id](const download::DownloadProgress &p) {
                    postTo(self.data(), [self, id, p] {
                        DownloadItem *it = self->find(id);
                        if (!it)
                            return;
                        DownloadItem copy = *it;
                        copy.bytesDone = p.bytesDone;
                        copy.bytesTotal = p.bytesTotal;
                        copy.shardsDone = p.shardsDone;
                        copy.shardsTotal = p.shardsTotal;
                        copy.rate = p.rate;
                        copy.etaSecs = p.etaSecs;
                        self->m_model->update(copy);
                    });
                });
        connect(d, &download::Downloader::note, worker, [self, id](const QString &, const QString &message) {
            postTo(self.data(), [self, id, message] {
                if (DownloadItem *it = self->find(id)) {
                    DownloadItem copy = *it;
                    copy.message = message;
                    self->m_model->update(copy);
                }
            });
        });
        connect(d, &download::Downloader::finished, worker, [self, id, d](const Status &status) {
            const download::DownloadSummary summary = d->summary();
            const download::DownloadProgress progress = d->progress();
            d->deleteLater();
            postTo(self.data(), [self, id, status, summary, progress] {
                self->m_running.remove(id);
                self->m_summaries.insert(id, summary);
                DownloadItem *it = self->find(id);
                if (!it)
                    return;
                DownloadItem copy = *it;
                if (!summary.dataset.isEmpty())
                    copy.dataset = summary.dataset + QLatin1Char('@') + summary.version;
                copy.bytesDone = progress.bytesDone;
                copy.bytesTotal = progress.bytesTotal;
                copy.shardsDone = progress.shardsDone;
                copy.shardsTotal = progress.shardsTotal;
                if (status.ok()) {
                    copy.state = DownloadItem::State::Done;
                    copy.message = tr("%1 files, %2 verified; %3 receipts saved in .shardgate/")
                                       .arg(summary.files)
                                       .arg(formatBytes(summary.fileBytes))
                                       .arg(summary.receiptsSaved);
                } else if (status.errorCode() == QLatin1String("paused")) {
                    copy.state = DownloadItem::State::Paused;
                    copy.message = tr("paused; verified shards are kept");
                } else {
                    copy.state = DownloadItem::State::Failed;
                    copy.message = status.errorString();
                }
                self->m_model->update(copy);
                self->save();
                self->m_context->notifyCreditsChanged();
                Q_EMIT self->finished(id, status.ok(), copy.message);
            });
        });
        postTo(self.data(), [self, id, d] {
            if (self)
                self->m_running.insert(id, d);
        });
        d->start();
    });
}

std::optional<bool> DownloadManager::directWrites(int id) const
{
    const auto it = m_directWrites.constFind(id);
    return it == m_directWrites.cend() ? std::nullopt : std::optional<bool>(*it);
}

std::optional<download::DownloadSummary> DownloadManager::lastSummary(int id) const
{
    const auto it = m_summaries.constFind(id);
    return it == m_summaries.cend() ? std::nullopt : std::optional<download::DownloadSummary>(*it);
}

void DownloadManager::pause(int id)
{
    QPointer<download::Downloader> d = m_running.value(id);
    if (!d)
        return;
    QMetaObject::invokeMethod(m_worker, [d] {
        if (d)
            d->stop();
    });
}

void DownloadManager::resume(int id)
{
    const DownloadItem *it = m_model->item(id);
    if (!it || it->state == DownloadItem::State::Running || it->state == DownloadItem::State::Done)
        return;
    start(id);
}

void DownloadManager::cancel(int id)
{
    QPointer<download::Downloader> d = m_running.take(id);
    if (d)
        QMetaObject::invokeMethod(m_worker, [d] {
            if (d)
                d->deleteLater();
        });
    m_model->remove(id);
    m_directWrites.remove(id);
    m_summaries.remove(id);
    save();
}

void DownloadManager::save()
{
    QJsonArray array;
    for (const DownloadItem &it : m_model->items())
        array.append(QJsonObject { { QStringLiteral("edge"), it.edgeUrl },
                                   { QStringLiteral("manifest"), it.manifest },
                                   { QStringLiteral("out"), it.outDir },
                                   { QStringLiteral("dataset"), it.dataset },
                                   { QStringLiteral("state"), stateName(it.state) },
                                   { QStringLiteral("bytesDone"), it.bytesDone },
                                   { QStringLiteral("bytesTotal"), it.bytesTotal },
                                   { QStringLiteral("shardsDone"), it.shardsDone },
                                   { QStringLiteral("shardsTotal"), it.shardsTotal },
                                   { QStringLiteral("message"), it.message } });
    const QByteArray bytes = QJsonDocument(array).toJson();
    const QString path = queueFile();
    runAsync(
        this, [path, bytes] { return writeFileAtomic(path, bytes); }, [](const Status &) {});
}

void DownloadManager::restore()
{
    auto bytes = readFile(queueFile());
    if (!bytes.ok())
        return;
    const QJsonArray array = QJsonDocument::fromJson(bytes.value()).array();
    QList<int> resume;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        DownloadItem item;
        item.id = m_nextId++;
        item.edgeUrl = o.value(QStringLiteral("edge")).toString();
        item.manifest = o.value(QStringLiteral("manifest")).toString();
        item.outDir = o.value(QStringLiteral("out")).toString();
        item.dataset = o.value(QStringLiteral("dataset")).toString();
        item.state = stateFromName(o.value(QStringLiteral("state")).toString());
        item.bytesDone = o.value(QStringLiteral("bytesDone")).toInteger();
        item.bytesTotal = o.value(QStringLiteral("bytesTotal")).toInteger();
        item.shardsDone = int(o.value(QStringLiteral("shardsDone")).toInteger());
        item.shardsTotal = int(o.value(QStringLiteral("shardsTotal")).toInteger());
        item.message = o.value(QStringLiteral("message")).toString();
        if (item.manifest.isEmpty() || item.outDir.isEmpty())
            continue;
        if (item.state == DownloadItem::State::Running || item.state == DownloadItem::State::Queued) {
            item.state = DownloadItem::State::Queued;
            item.message = tr("resuming from the journal");
            resume.append(item.id);
        }
        m_model->add(item);
    }
    for (int id : resume)
        start(id);
}

} // namespace sg::ui
