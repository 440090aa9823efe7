#include "receiptsource.h"

#include "common/fileutil.h"

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
