#pragma once

// Publish (creators): pick a folder, see its files, choose the shard size, write the
// license in a form, pack on a worker thread with progress and cancel, inspect the
// manifest (shards, CIDs, dedup savings), publish it to the local catalog, and revoke a
// license or a buyer.

#include "packaging/packer.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;

namespace sg::license {
class License;
}

namespace sg::ui {

class AppContext;
class FileListModel;
class ShardListModel;

class PublishWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit PublishWorkspace(AppContext *context, QWidget *parent = nullptr);
    ~PublishWorkspace() override;

    FileListModel *fileModel() const { return m_files; }
    ShardListModel *shardModel() const { return m_shards; }
    bool isPacking() const { return m_cancel != nullptr; }
    // The license the form describes, or the first problem with it.
    Result<license::License> licenseFromForm() const;
    const std::optional<packaging::PackResult> &lastPack() const { return m_pack; }

public Q_SLOTS:
    void setFolder(const QString &folder);
    void pack();
    void cancelPack();
    void publish();
    // Shows a signed manifest file already packed (e.g. the demo's) with its folder.
    void showManifest(const QString &manifestPath, const QString &folder);
    // Signs a revocation (license: with the creator key; buyer: with the home's operator
    // key) and sends it to the running edge, or stores it in the market when it is stopped.
    void revoke(const QString &kind, const QString &value, const QString &reason);

Q_SIGNALS:
    void folderScanned(int files, qint64 bytes);
    void packProgress(qint64 done, qint64 total);
    void packFinished(bool ok, const QString &message);
    void published(bool ok, const QString &manifestCid, const QString &message);
    void revoked(bool ok, const QString &message);

private:
    void showPack();
    void setStatus(const QString &text, bool error = false);
    QWidget *buildForm();

    AppContext *m_context;
    FileListModel *m_files;
    ShardListModel *m_shards;
    QString m_folder;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<packaging::PackResult> m_pack;
    std::optional<packaging::Manifest> m_manifest; // the manifest shown (packed or loaded)

    QLineEdit *m_folderEdit;
    QLabel *m_folderSummary;
    QLineEdit *m_dataset;
    QLineEdit *m_version;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_shardSize;
    QComboBox *m_spdx;
    QList<QCheckBox *> m_uses;
    QLineEdit *m_priceAccess;
    QComboBox *m_currency;
    QLineEdit *m_priceGiB;
    QLineEdit *m_attribution;
    QCheckBox *m_hasValidity;
    QDateTimeEdit *m_validUntil;
    QCheckBox *m_revocable;
    QLineEdit *m_passphrase;
    QPushButton *m_packButton;
    QPushButton *m_cancelButton;
    QPushButton *m_publishButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QTableView *m_fileTable;
    QTableView *m_shardTable;
    QLabel *m_manifestSummary;
};

} // namespace sg::ui
