#pragma once

// Where the Ledger workspace reads receipts from: the local log (a Ledger), an exported
// receipts file (JSONL receipts or receipt bundles) or, later, an edge's log URL. Every
// call may block and is made from worker threads only; implementations are thread-safe.

#include "common/result.h"
#include "ledger/bundle.h"
#include "ledger/ledger.h"
#include "ledger/receipt.h"

#include <QList>
#include <QString>

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

private:
    std::shared_ptr<ledger::Ledger> m_ledger;
    QString m_label;
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
