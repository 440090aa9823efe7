#include "logaudit.h"

#include "audit/auditstore.h"
#include "audit/logsource.h"

namespace sg::ui {

namespace {

// Forwards to the real log, reporting how far the leaves read reach and failing the next
// read once cancel is set (verifyLog then returns that error).
class ObservedLog final : public audit::LogSource
{
public:
    ObservedLog(std::unique_ptr<audit::LogSource> inner, const LogAuditOptions &options)
        : m_inner(std::move(inner)), m_options(options)
    { }
    QString describe() const override { return m_inner->describe(); }
    Result<QString> verifierKey() override { return m_inner->verifierKey(); }
    Result<QByteArray> checkpointNote() override
    {
        SG_TRY(checkCancel());
        return m_inner->checkpointNote();
    }
    Result<QList<QByteArray>> leaves(qint64 first, qint64 count, qint64 treeSize) override
    {
        SG_TRY(checkCancel());
        auto r = m_inner->leaves(first, count, treeSize);
        if (r.ok() && m_options.progress)
            m_options.progress(first + r->size(), treeSize);
        return r;
    }
    Result<QList<QByteArray>> consistencyProof(qint64 oldSize, qint64 newSize) override
    {
        SG_TRY(checkCancel());
        return m_inner->consistencyProof(oldSize, newSize);
    }
    Result<ledger::ReceiptBundle> bundle(qint64 seq) override { return m_inner->bundle(seq); }
    Result<QJsonObject> inclusionProof(qint64 index, qint64 treeSize) override
    {
        return m_inner->inclusionProof(index, treeSize);
    }

private:
    Status checkCancel() const
    {
        if (m_options.cancel && m_options.cancel->load())
            return fail(QStringLiteral("cancelled"), QStringLiteral("cancelled"));
        return {};
    }
    std::unique_ptr<audit::LogSource> m_inner;
    const LogAuditOptions &m_options;
};

} // namespace

Result<LogAuditOutcome> runLogAudit(const ReceiptSource &source, const LogAuditOptions &options)
{
    auto log = source.openLog();
    if (!log)
        return fail(QStringLiteral("%1 is an exported file, not a log: open the log itself to audit it")
                        .arg(source.describe()),
                    QStringLiteral("unsupported"));
    ObservedLog observed(std::move(log), options);
    std::unique_ptr<audit::AuditStore> store;
    if (!options.auditDb.isEmpty()) {
        auto opened = audit::AuditStore::open(options.auditDb);
        if (!opened.ok())
            return opened.error();
        store = std::move(opened.value());
    }
    LogAuditOutcome outcome;
    audit::Bill bill;
    audit::LogVerifyOptions verify;
    // No pinned key: as `shardgate-cli log verify` without --vkey, the key the auditor
    // store recorded for the origin must still be the log's (trusted on first use).
    verify.store = store.get();
    if (options.recomputeBill)
        verify.visit = [&bill](const ledger::Receipt &r) { bill.add(r); };
    auto report = audit::verifyLog(observed, verify);
    if (!report.ok())
        return report.error();
    outcome.report = report.value();
    if (options.recomputeBill) {
        outcome.bill = bill;
        if (!options.marketDb.isEmpty()) {
            auto totals = audit::readMarketTotals(options.marketDb);
            if (!totals.ok())
                return totals.error();
            outcome.market = totals.value();
        }
    }
    return outcome;
}

} // namespace sg::ui
