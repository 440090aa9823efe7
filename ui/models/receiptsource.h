#pragma once

// Where the Ledger workspace reads receipts from: the local log (a Ledger), an exported
// receipts file (JSONL receipts or receipt bundles) or an edge's log URL (read over HTTP
// with core/audit's log client). Every call may block and is made from worker threads
// only; implementations are thread-safe.

#include "audit/logsource.h"
#include "common/result.h"
#include "ledger/bundle.h"
#include "ledger/ledger.h"
#include "ledger/receipt.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace sg::ui {

class ReceiptSource
{
public:
    virtual ~ReceiptSource() = default;

    virtual QString describe() const = 0;
    // Entries readable now (the committed size for a live log).
    virtual Result<qint64> size() const = 0;
    // Receipts [first, first + count) in sequence order (fewer at the end).
    virtual Result<QList<ledger::Receipt>> receipts(qint64 first, qint64 count) const = 0;
    // Leaf bytes [first, first + count) (for whole-log verification).
    virtual Result<QList<QByteArray>> leaves(qint64 first, qint64 count) const = 0;
    // The receipt with its inclusion proof to a signed checkpoint.
    virtual Result<ledger::ReceiptBundle> bundle(qint64 seq) const = 0;
    // Signed checkpoints seen, ascending size (may be just the latest).
    virtual Result<QList<ledger::SignedCheckpoint>> checkpoints() const = 0;
    virtual Result<QList<QByteArray>> consistencyProof(qint64 oldSize, qint64 newSize) const = 0;
    // The log's verifier key, when the source knows it.
    virtual std::optional<ledger::NoteVerifier> verifier() const = 0;
    // The same log as core/audit reads it (whole-log verification against the auditor's
    // memory, bill recomputation), or null when the source is no log (an exported file).
    // Call it on the worker thread that uses the result: an edge's client lives there.
    virtual std::unique_ptr<audit::LogSource> openLog() const { return nullptr; }
};

// A Ledger opened on a SQLite log (read-only) or shared with the embedded edge.
class LedgerReceiptSource final : public ReceiptSource
{
public:
    explicit LedgerReceiptSource(std::shared_ptr<ledger::Ledger> ledger, QString label = {});
    // Opens <dbPath> read-only.
    static Result<std::shared_ptr<ReceiptSource>> openReadOnly(const QString &dbPath);

    QString describe() const override;
    Result<qint64> size() const override;
    Result<QList<ledger::Receipt>> receipts(qint64 first, qint64 count) const override;
    Result<QList<QByteArray>> leaves(qint64 first, qint64 count) const override;
    Result<ledger::ReceiptBundle> bundle(qint64 seq) const override;
    Result<QList<ledger::SignedCheckpoint>> checkpoints() const override;
    Result<QList<QByteArray>> consistencyProof(qint64 oldSize, qint64 newSize) const override;
    std::optional<ledger::NoteVerifier> verifier() const override;
    std::unique_ptr<audit::LogSource> openLog() const override;

private:
    std::shared_ptr<ledger::Ledger> m_ledger;
    QString m_label;
};

// An edge's receipt log over HTTP (/v1/log/key, checkpoint, tiles, proofs, receipts): any
// edge, not only the embedded one. The size shown is the latest signed checkpoint's
// (tiles cover exactly that tree); every checkpoint is opened with the log key. The
// checkpoint history is what this home's auditor store (audit.sqlite) remembers of the
// origin plus the latest one. Each call opens its own HTTP client on the calling thread.
class EdgeReceiptSource final : public ReceiptSource
{
public:
    // Fetches the key and the latest checkpoint. pinnedKey: a verifier key the log must
    // use (empty = the key this home's auditor store recorded for the origin, else the
    // one the edge serves, trusted on first use). auditDb: <home>/audit.sqlite (may be
    // empty: no history).
    static Result<std::shared_ptr<ReceiptSource>> open(const QUrl &edge, const QString &auditDb,
                                                       const QString &pinnedKey = {}, int timeoutMs = 15000);

    QString describe() const override;
    QUrl url() const { return m_url; }
    Result<qint64> size() const override;
    Result<QList<ledger::Receipt>> receipts(qint64 first, qint64 count) const override;
    Result<QList<QByteArray>> leaves(qint64 first, qint64 count) const override;
    Result<ledger::ReceiptBundle> bundle(qint64 seq) const override;
    Result<QList<ledger::SignedCheckpoint>> checkpoints() const override;
    Result<QList<QByteArray>> consistencyProof(qint64 oldSize, qint64 newSize) const override;
    std::optional<ledger::NoteVerifier> verifier() const override { return m_verifier; }
    std::unique_ptr<audit::LogSource> openLog() const override;

private:
    EdgeReceiptSource() = default;
    // The latest signed checkpoint, fetched and opened with the key.
    Result<ledger::SignedCheckpoint> latest() const;

    QUrl m_url;
    QString m_auditDb;
    int m_timeoutMs = 15000;
    ledger::NoteVerifier m_verifier;
    mutable QMutex m_mutex;
    mutable qint64 m_size = 0; // last checkpoint size seen, under m_mutex
};

// An exported file: one receipt JSON or one receipt bundle JSON per line (JSONL), or a
// JSON array of either. Read whole on open (on a worker); immutable afterwards.
class FileReceiptSource final : public ReceiptSource
{
public:
    static Result<std::shared_ptr<ReceiptSource>> open(const QString &path,
                                                       std::optional<ledger::NoteVerifier> verifier = {});

    QString describe() const override;
    Result<qint64> size() const override;
    Result<QList<ledger::Receipt>> receipts(qint64 first, qint64 count) const override;
    Result<QList<QByteArray>> leaves(qint64 first, qint64 count) const override;
    Result<ledger::ReceiptBundle> bundle(qint64 seq) const override;
    Result<QList<ledger::SignedCheckpoint>> checkpoints() const override;
    Result<QList<QByteArray>> consistencyProof(qint64 oldSize, qint64 newSize) const override;
    std::optional<ledger::NoteVerifier> verifier() const override { return m_verifier; }

private:
    QString m_path;
    QList<ledger::Receipt> m_receipts; // in file order
    QList<std::optional<ledger::ReceiptBundle>> m_bundles; // same index as m_receipts
    std::optional<ledger::NoteVerifier> m_verifier;
};

} // namespace sg::ui
