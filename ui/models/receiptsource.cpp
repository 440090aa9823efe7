#include "receiptsource.h"

#include "audit/auditstore.h"
#include "audit/logsource.h"
#include "common/fileutil.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sg::ui {

LedgerReceiptSource::LedgerReceiptSource(std::shared_ptr<ledger::Ledger> ledger, QString label)
    : m_ledger(std::move(ledger)), m_label(std::move(label))
{ }

Result<std::shared_ptr<ReceiptSource>> LedgerReceiptSource::openReadOnly(const QString &dbPath)
{
    if (!QFileInfo::exists(dbPath))
        return fail(
            QStringLiteral("no receipt log at %1; start the edge once or open another log").arg(dbPath),
            QStringLiteral("notfound"));
    ledger::LedgerOptions options;
    options.dbPath = dbPath;
    options.readOnly = true;
    auto opened = ledger::Ledger::open(options);
    if (!opened.ok())
        return opened.error();
    std::shared_ptr<ledger::Ledger> shared(std::move(opened.value()));
    return std::shared_ptr<ReceiptSource>(std::make_shared<LedgerReceiptSource>(shared, dbPath));
}

QString LedgerReceiptSource::describe() const
{
    return m_label.isEmpty() ? m_ledger->origin() : m_label;
}

Result<qint64> LedgerReceiptSource::size() const
{
    return m_ledger->size();
}

Result<QList<ledger::Receipt>> LedgerReceiptSource::receipts(qint64 first, qint64 count) const
{
    auto leaves = this->leaves(first, count);
    if (!leaves.ok())
        return leaves.error();
    QList<ledger::Receipt> out;
    out.reserve(leaves->size());
    for (const QByteArray &leaf : leaves.value()) {
        auto r = ledger::Receipt::fromLeaf(leaf);
        if (!r.ok())
            return fail(QStringLiteral("receipt %1 is not a canonical receipt: %2")
                            .arg(first + out.size())
                            .arg(r.errorString()),
                        QStringLiteral("format"));
        out.append(std::move(r.value()));
    }
    return out;
}

Result<QList<QByteArray>> LedgerReceiptSource::leaves(qint64 first, qint64 count) const
{
    // A page may run past the end of the log: read what is there.
    const qint64 size = m_ledger->size();
    if (first >= size)
        return QList<QByteArray>();
    return m_ledger->leaves(first, qMin(count, size - first));
}

Result<ledger::ReceiptBundle> LedgerReceiptSource::bundle(qint64 seq) const
{
    return m_ledger->bundle(seq);
}

Result<QList<ledger::SignedCheckpoint>> LedgerReceiptSource::checkpoints() const
{
    return m_ledger->checkpoints();
}

Result<QList<QByteArray>> LedgerReceiptSource::consistencyProof(qint64 oldSize, qint64 newSize) const
{
    return m_ledger->consistencyProof(oldSize, newSize);
}

std::optional<ledger::NoteVerifier> LedgerReceiptSource::verifier() const
{
    return m_ledger->verifier();
}

std::unique_ptr<audit::LogSource> LedgerReceiptSource::openLog() const
{
    return audit::wrapLedger(*m_ledger);
}

// --- EdgeReceiptSource

Result<std::shared_ptr<ReceiptSource>> EdgeReceiptSource::open(const QUrl &edge, const QString &auditDb,
                                                               const QString &pinnedKey, int timeoutMs)
{
    if (!edge.isValid() || edge.host().isEmpty()
        || (edge.scheme() != QLatin1String("http") && edge.scheme() != QLatin1String("https")))
        return fail(QStringLiteral("'%1' is not an edge URL; type one like http://127.0.0.1:8440")
                        .arg(edge.toString()),
                    QStringLiteral("invalid"));
    std::shared_ptr<EdgeReceiptSource> source(new EdgeReceiptSource);
    source->m_url = edge.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    source->m_auditDb = auditDb;
    source->m_timeoutMs = timeoutMs;

    QString vkey = pinnedKey.trimmed();
    if (vkey.isEmpty()) {
        auto client = audit::openEdgeLog(source->m_url, timeoutMs);
        auto served = client->verifierKey();
        if (!served.ok())
            return fail(QStringLiteral("%1 serves no log key: %2")
                            .arg(source->m_url.toString(), served.errorString()),
                        served.errorCode());
        vkey = served.value();
        // An origin this home audited before must keep its key: a new one is either a
        // rotation the operator announces (pin it) or someone else's log.
        auto parsed = ledger::NoteVerifier::fromVerifierKey(vkey);
        if (!parsed.ok())
            return fail(QStringLiteral("%1 serves a malformed log key: %2")
                            .arg(source->m_url.toString(), parsed.errorString()),
                        QStringLiteral("format"));
        if (!auditDb.isEmpty()) {
            auto store = audit::AuditStore::open(auditDb);
            if (!store.ok())
                return store.error();
            auto known = store.value()->knownKey(parsed->name());
            if (!known.ok())
                return known.error();
            if (!known->isEmpty() && known.value() != vkey)
                return fail(
                    QStringLiteral("the log %1 now presents key %2, but this home's auditor recorded %3; "
                                   "if the operator rotated the log key, pin the new one")
                        .arg(parsed->name(), vkey, known.value()),
                    QStringLiteral("key"));
        }
    }
    auto key = ledger::NoteVerifier::fromVerifierKey(vkey);
    if (!key.ok())
        return fail(QStringLiteral("log key: %1").arg(key.errorString()), QStringLiteral("format"));
    source->m_verifier = key.value();
    auto cp = source->latest();
    if (!cp.ok())
        return cp.error();
    return std::shared_ptr<ReceiptSource>(source);
}

QString EdgeReceiptSource::describe() const
{
    return QStringLiteral("%1 (%2)").arg(m_url.toString(), m_verifier.name());
}

Result<ledger::SignedCheckpoint> EdgeReceiptSource::latest() const
{
    auto client = audit::openEdgeLog(m_url, m_timeoutMs);
    auto note = client->checkpointNote();
    if (!note.ok())
        return note.error();
    auto opened = ledger::openCheckpoint(note.value(), m_verifier);
    if (!opened.ok())
        return fail(QStringLiteral("the checkpoint of %1 does not verify with key %2: %3")
                        .arg(m_url.toString(), m_verifier.verifierKey(), opened.errorString()),
                    opened.errorCode());
    ledger::SignedCheckpoint cp;
    cp.checkpoint = opened.value();
    cp.note = note.value();
    cp.timeMs = QDateTime::currentMSecsSinceEpoch(); // a note carries no time: when it was seen
    QMutexLocker lock(&m_mutex);
    // A log only grows: a smaller signed size than one seen before is a rollback.
    if (cp.checkpoint.size < m_size)
        return fail(QStringLiteral("%1 went back from %2 to %3 entries; its history cannot be trusted")
                        .arg(m_url.toString())
                        .arg(m_size)
                        .arg(cp.checkpoint.size),
                    QStringLiteral("rollback"));
    m_size = cp.checkpoint.size;
    return cp;
}

Result<qint64> EdgeReceiptSource::size() const
{
    auto cp = latest();
    if (!cp.ok())
        return cp.error();
    return cp->checkpoint.size;
}

Result<QList<QByteArray>> EdgeReceiptSource::leaves(qint64 first, qint64 count) const
{
    qint64 size;
    {
        QMutexLocker lock(&m_mutex);
        size = m_size;
    }
    if (first < 0 || count < 0)
        return fail(QStringLiteral("no entries from %1").arg(first), QStringLiteral("notfound"));
    if (first >= size)
        return QList<QByteArray>();
    auto client = audit::openEdgeLog(m_url, m_timeoutMs);
    return client->leaves(first, qMin(count, size - first), size);
}

Result<QList<ledger::Receipt>> EdgeReceiptSource::receipts(qint64 first, qint64 count) const
{
    auto leaves = this->leaves(first, count);
    if (!leaves.ok())
        return leaves.error();
    QList<ledger::Receipt> out;
    out.reserve(leaves->size());
    for (const QByteArray &leaf : leaves.value()) {
        auto r = ledger::Receipt::fromLeaf(leaf);
        if (!r.ok())
            return fail(QStringLiteral("entry %1 of %2 is not a canonical receipt: %3")
                            .arg(first + out.size())
                            .arg(m_url.toString(), r.errorString()),
                        QStringLiteral("format"));
        out.append(std::move(r.value()));
    }
    return out;
}

Result<ledger::ReceiptBundle> EdgeReceiptSource::bundle(qint64 seq) const
{
    return audit::openEdgeLog(m_url, m_timeoutMs)->bundle(seq);
}

Result<QList<ledger::SignedCheckpoint>> EdgeReceiptSource::checkpoints() const
{
    auto current = latest();
    if (!current.ok())
        return current.error();
    QMap<qint64, ledger::SignedCheckpoint> bySize;
    if (!m_auditDb.isEmpty() && QFileInfo::exists(m_auditDb)) {
        auto store = audit::AuditStore::open(m_auditDb);
        if (!store.ok())
            return store.error();
        auto seen = store.value()->checkpoints(m_verifier.name());
        if (!seen.ok())
            return seen.error();
        for (const audit::SeenCheckpoint &s : seen.value()) {
            ledger::SignedCheckpoint cp;
            cp.checkpoint = s.checkpoint;
            cp.note = s.note;
            cp.timeMs = s.seenAtMs;
            bySize.insert(cp.checkpoint.size, cp);
        }
    }
    // The edge's own copy wins at its size: a different note there shows as a failed check.
    bySize.insert(current->checkpoint.size, current.value());
    return bySize.values();
}

Result<QList<QByteArray>> EdgeReceiptSource::consistencyProof(qint64 oldSize, qint64 newSize) const
{
    return audit::openEdgeLog(m_url, m_timeoutMs)->consistencyProof(oldSize, newSize);
}

std::unique_ptr<audit::LogSource> EdgeReceiptSource::openLog() const
{
    return audit::openEdgeLog(m_url, m_timeoutMs);
}

Result<std::shared_ptr<ReceiptSource>> FileReceiptSource::open(const QString &path,
                                                               std::optional<ledger::NoteVerifier> verifier)
{
    auto bytes = readFile(path, qint64(4) << 30);
    if (!bytes.ok())
        return bytes.error();
    auto source = std::make_shared<FileReceiptSource>();
    source->m_path = path;
    source->m_verifier = std::move(verifier);

    auto addObject = [&](const QJsonObject &object, qint64 where) -> Status {
        if (object.contains(QStringLiteral("receipt"))) {
            auto b = ledger::ReceiptBundle::fromJson(object);
            if (!b.ok())
                return fail(QStringLiteral("%1: entry %2 is not a receipt bundle: %3")
                                .arg(path)
                                .arg(where)
                                .arg(b.errorString()),
                            QStringLiteral("format"));
            source->m_receipts.append(b->receipt);
            source->m_bundles.append(b.value());
            return {};
        }
        auto r = ledger::Receipt::fromJson(object);
        if (!r.ok())
            return fail(
                QStringLiteral("%1: entry %2 is not a receipt: %3").arg(path).arg(where).arg(r.errorString()),
                QStringLiteral("format"));
        source->m_receipts.append(r.value());
        source->m_bundles.append(std::nullopt);
        return {};
    };

    const QByteArray trimmed = bytes->trimmed();
    if (trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (doc.isNull())
            return fail(QStringLiteral("%1 is not JSON: %2").arg(path, error.errorString()),
                        QStringLiteral("format"));
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i)
            SG_TRY(addObject(array.at(i).toObject(), i + 1));
    } else {
        qint64 lineNo = 0;
        for (QByteArray line : trimmed.split('\n')) {
            ++lineNo;
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            // Exported receipts are their canonical leaf bytes: take the strict path first.
            if (!line.contains("\"receipt\"")) {
                auto leaf = ledger::Receipt::fromLeaf(line);
                if (leaf.ok()) {
                    source->m_receipts.append(leaf.value());
                    source->m_bundles.append(std::nullopt);
                    continue;
                }
            }
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (!doc.isObject())
                return fail(QStringLiteral("%1 line %2 is not a JSON object: %3")
                                .arg(path)
                                .arg(lineNo)
                                .arg(error.errorString()),
                            QStringLiteral("format"));
            SG_TRY(addObject(doc.object(), lineNo));
        }
    }
    if (source->m_receipts.isEmpty())
        return fail(QStringLiteral("%1 holds no receipts").arg(path), QStringLiteral("format"));
    return std::shared_ptr<ReceiptSource>(source);
}

QString FileReceiptSource::describe() const
{
    return m_path;
}

Result<qint64> FileReceiptSource::size() const
{
    return qint64(m_receipts.size());
}

Result<QList<ledger::Receipt>> FileReceiptSource::receipts(qint64 first, qint64 count) const
{
    if (first < 0 || first > m_receipts.size())
        return fail(QStringLiteral("no receipts from %1").arg(first), QStringLiteral("notfound"));
    return m_receipts.mid(first, count);
}

Result<QList<QByteArray>> FileReceiptSource::leaves(qint64 first, qint64 count) const
{
    auto list = receipts(first, count);
    if (!list.ok())
        return list.error();
    QList<QByteArray> out;
    out.reserve(list->size());
    for (const auto &r : list.value())
        out.append(r.leaf());
    return out;
}

Result<ledger::ReceiptBundle> FileReceiptSource::bundle(qint64 seq) const
{
    for (qsizetype i = 0; i < m_receipts.size(); ++i) {
        if (m_receipts.at(i).seq != seq)
            continue;
        if (m_bundles.at(i))
            return *m_bundles.at(i);
        return fail(
            QStringLiteral("the file has receipt %1 without its proof; export bundles to check inclusion")
                .arg(seq),
            QStringLiteral("notfound"));
    }
    return fail(QStringLiteral("receipt %1 is not in the file").arg(seq), QStringLiteral("notfound"));
}

Result<QList<ledger::SignedCheckpoint>> FileReceiptSource::checkpoints() const
{
    // The checkpoints the bundles carry, one per tree size, ascending.
    QMap<qint64, ledger::SignedCheckpoint> bySize;
    for (const auto &b : m_bundles) {
        if (!b || bySize.contains(b->treeSize))
            continue;
        ledger::SignedCheckpoint cp;
        cp.note = b->checkpointNote;
        const int split = cp.note.indexOf("\n\n");
        auto body = ledger::Checkpoint::parseBody(split < 0 ? cp.note : cp.note.left(split + 1));
        if (!body.ok())
            continue;
        cp.checkpoint = body.value();
        bySize.insert(b->treeSize, cp);
    }
    return bySize.values();
}

Result<QList<QByteArray>> FileReceiptSource::consistencyProof(qint64, qint64) const
{
    return fail(QStringLiteral("an exported file carries no consistency proofs; open the log itself"),
                QStringLiteral("unsupported"));
}

} // namespace sg::ui
