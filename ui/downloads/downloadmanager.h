#pragma once

// Runs the download queue: every Downloader (core/download) lives on one worker thread
// (its shard writes, fdatasync and hashing never touch the GUI thread) and reports
// through queued signals. The queue is saved in <home>/downloads.json, so an unfinished
// download resumes from its journal after the console restarts.

#include "download/downloader.h"
#include "models/downloadqueuemodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <optional>

namespace sg::ui {

class AppContext;

class DownloadManager : public QObject
{
    Q_OBJECT

public:
    explicit DownloadManager(AppContext *context, QObject *parent = nullptr);
    ~DownloadManager() override;

    DownloadQueueModel *model() const { return m_model; }

    // Adds a download and starts it; returns its id.
    int enqueue(const QString &edgeUrl, const QString &manifestCid, const QString &outDir,
                const QString &apiKey = {});
    void pause(int id);
    void resume(int id);
    void retry(int id) { resume(id); }
    // Stops it and removes it from the queue (files and journal stay on disk).
    void cancel(int id);
    // Reads the saved queue and resumes what was running.
    void restore();
    QString queueFile() const;
    // How the last run of download `id` wrote its shards: true = O_DIRECT where the
    // filesystem takes it, false = through the page cache (Settings > Downloads, read when
    // the run starts); nullopt before it started.
    std::optional<bool> directWrites(int id) const;
    // What the last finished run of download `id` did (bytes written direct/cached, ...).
    std::optional<download::DownloadSummary> lastSummary(int id) const;

Q_SIGNALS:
    void finished(int id, bool ok, const QString &message);

private:
    void start(int id);
    void save();
    DownloadItem *find(int id);

    AppContext *m_context;
    DownloadQueueModel *m_model;
    QThread m_thread;
    QObject *m_worker; // lives on m_thread; parent of the downloaders
    QHash<int, QPointer<download::Downloader>> m_running;
    QHash<int, QString> m_apiKeys; // not persisted: keys stay out of files
    QHash<int, bool> m_directWrites;
    QHash<int, download::DownloadSummary> m_summaries;
    int m_nextId = 1;
};

} // namespace sg::ui
