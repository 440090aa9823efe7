// shardgate-cli log key|checkpoint|proof|verify|export: read and audit the receipt log of
// the local home (default) or of an edge (--edge URL). The work is in core/audit and
// core/ledger; this file parses arguments and prints.

#include "audit/auditstore.h"
#include "audit/export.h"
#include "audit/logsource.h"
#include "audit/logverify.h"
#include "command.h"
#include "common/clock.h"
#include "common/fileutil.h"
#include "crypto/encoding.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace sg;

namespace {

Result<std::unique_ptr<audit::LogSource>> openSource(cli::Context &ctx, const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("edge"))) {
        const QUrl url(p.value(QStringLiteral("edge")));
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return fail(QStringLiteral("--edge needs an http(s) URL like http://127.0.0.1:8440"),
                        QStringLiteral("usage"));
        return audit::openEdgeLog(url);
    }
    return audit::openLocalLog(ctx.home(), ctx.db());
}

// --vkey takes the key text or a file holding it.
Result<QString> pinnedKey(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("vkey")))
        return QString();
    const QString v = p.value(QStringLiteral("vkey"));
    if (QFileInfo(v).isFile()) {
        auto text = readFile(v, 4096);
        if (!text.ok())
            return text.error();
        return QString::fromUtf8(*text).trimmed();
    }
    return v.trimmed();
}

Result<qint64> timeOption(const QCommandLineParser &p, const QString &name)
{
    if (!p.isSet(name))
        return qint64(-1);
    const QString v = p.value(name);
    bool ok = false;
    qint64 ms = ledger::parseReceiptTime(v, &ok);
    if (ok)
        return ms;
    const qint64 secs = parseUtc(v);
    if (secs >= 0)
        return secs * 1000;
    return fail(QStringLiteral("--%1 '%2' is not an RFC 3339 time (2026-01-31T00:00:00Z)").arg(name, v),
                QStringLiteral("usage"));
}

QJsonArray b64List(const QList<QByteArray> &hashes)
{
    QJsonArray a;
    for (const QByteArray &h : hashes)
        a.append(QString::fromLatin1(crypto::base64Encode(h)));
    return a;
}

int printEvidence(cli::Context &ctx, const Error &error, const audit::Equivocation &evidence)
{
    if (!evidence.earlierNote.isEmpty()) {
        if (ctx.json()) {
            ctx.printJson({ { QStringLiteral("error"), error.message },
                            { QStringLiteral("earlierCheckpoint"), QString::fromUtf8(evidence.earlierNote) },
                            { QStringLiteral("laterCheckpoint"), QString::fromUtf8(evidence.laterNote) } });
            ctx.err() << "shardgate-cli " << ctx.command() << ": " << error.message << "\n";
            ctx.err().flush();
            return 1;
        }
        ctx.print(QStringLiteral("EVIDENCE: checkpoint seen earlier:"));
        ctx.out() << QString::fromUtf8(evidence.earlierNote);
        ctx.print(QStringLiteral("EVIDENCE: checkpoint now:"));
        ctx.out() << QString::fromUtf8(evidence.laterNote);
        ctx.out().flush();
    }
    return ctx.fail(error);
}

int logCommand(cli::Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"),
                            QStringLiteral("key | checkpoint | proof | verify | export"));
    p.addOption({ QStringLiteral("edge"),
                  QStringLiteral("Read the log of the edge at URL instead of --home."),
                  QStringLiteral("URL") });
    p.addOption({ QStringLiteral("vkey"),
                  QStringLiteral("Pin the log's verifier key (the key text or a file holding it)."),
                  QStringLiteral("VKEY") });
    p.addOption({ QStringLiteral("bundle"), QStringLiteral("verify: check this receipt bundle offline."),
                  QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("out"), QStringLiteral("proof/export: write to FILE instead of stdout."),
                  QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("size"), QStringLiteral("proof: inclusion proof in the tree of N leaves."),
                  QStringLiteral("N") });
    p.addOption({ QStringLiteral("old"), QStringLiteral("proof: consistency proof from size M ..."),
                  QStringLiteral("M") });
    p.addOption({ QStringLiteral("new"), QStringLiteral("... to size N (default: the latest checkpoint)."),
                  QStringLiteral("N") });
    p.addOption({ QStringLiteral("format"), QStringLiteral("export: csv or jsonl (default jsonl)."),
                  QStringLiteral("FORMAT") });
    p.addOption(
        { QStringLiteral("buyer"), QStringLiteral("export: only this buyer."), QStringLiteral("ID") });
    p.addOption(
        { QStringLiteral("creator"), QStringLiteral("export: only this creator."), QStringLiteral("ID") });
    p.addOption({ { QStringLiteral("dataset"), QStringLiteral("manifest") },
                  QStringLiteral("export: only this dataset (manifest CID)."),
                  QStringLiteral("CID") });
    p.addOption({ QStringLiteral("kind"), QStringLiteral("export: only this kind (access, void, ...)."),
                  QStringLiteral("KIND") });
    p.addOption({ QStringLiteral("since"), QStringLiteral("export: receipts at or after TIME (RFC 3339)."),
                  QStringLiteral("TIME") });
    p.addOption({ QStringLiteral("until"), QStringLiteral("export: receipts before TIME (RFC 3339)."),
                  QStringLiteral("TIME") });
    const QString usage = QStringLiteral(
        "key | checkpoint | proof SEQ [--out BUNDLE.json] | proof --old M [--new N] | verify [--bundle FILE "
        "--vkey VKEY] | export [--format csv|jsonl] [filters]");
    if (!ctx.parse(
            p,
            QStringLiteral("Read and audit the receipt log (local home, or an edge with --edge URL). "
                           "log verify keeps every checkpoint it has verified in <home>/audit.sqlite."),
            usage))
        return ctx.exitCode();
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return ctx.fail(QStringLiteral("say what to do: ") + usage, 2);
    const QString action = args.first();
    auto vkey = pinnedKey(p);
    if (!vkey.ok())
        return ctx.fail(vkey.error());

    // Offline bundle verification needs nothing but the file and the key.
    if (action == QLatin1String("verify") && p.isSet(QStringLiteral("bundle"))) {
        if (vkey->isEmpty())
            return ctx.fail(
                QStringLiteral("--vkey VKEY is required to verify a bundle offline (the log key you trust, "
                               "from 'shardgate-cli log key')"),
                2);
        auto key = ledger::NoteVerifier::fromVerifierKey(*vkey);
        if (!key.ok())
            return ctx.fail(key.error());
        auto text = readFile(p.value(QStringLiteral("bundle")), 16 << 20);
        if (!text.ok())
            return ctx.fail(text.error());
        auto bundle = ledger::ReceiptBundle::fromJsonText(*text);
        if (!bundle.ok())
            return ctx.fail(bundle.error());
        auto verdict = ledger::verifyBundle(*bundle, *key);
        if (!verdict.ok())
            return ctx.fail(QStringLiteral("receipt bundle does NOT verify: ") + verdict.errorString());
        const QString leafHex = QString::fromLatin1(verdict->leafHash.toHex());
        if (ctx.json())
            ctx.printJson({ { QStringLiteral("ok"), true },
                            { QStringLiteral("seq"), bundle->receipt.seq },
                            { QStringLiteral("leafHash"), leafHex },
                            { QStringLiteral("origin"), verdict->checkpoint.origin },
                            { QStringLiteral("treeSize"), verdict->checkpoint.size } });
        else
            ctx.print(QStringLiteral("ok: receipt %1 (leaf %2) is in %3 at size %4")
                          .arg(bundle->receipt.seq)
                          .arg(leafHex, verdict->checkpoint.origin)
                          .arg(verdict->checkpoint.size));
        return 0;
    }

    auto source = openSource(ctx, p);
    if (!source.ok())
        return ctx.fail(source.error());
    audit::LogSource &log = **source;

    const auto currentKey = [&]() -> Result<ledger::NoteVerifier> {
        if (!vkey->isEmpty())
            return ledger::NoteVerifier::fromVerifierKey(*vkey);
        auto served = log.verifierKey();
        if (!served.ok())
            return served.error();
        return ledger::NoteVerifier::fromVerifierKey(*served);
    };
    const auto latest = [&]() -> Result<ledger::Checkpoint> {
        auto key = currentKey();
        if (!key.ok())
            return key.error();
        auto note = log.checkpointNote();
        if (!note.ok())
            return note.error();
        return ledger::openCheckpoint(*note, *key);
    };

    if (action == QLatin1String("key")) {
        auto key = log.verifierKey();
        if (!key.ok())
            return ctx.fail(key.error());
        if (ctx.json())
            ctx.printJson({ { QStringLiteral("vkey"), *key } });
        else
            ctx.print(*key);
        return 0;
    }

    if (action == QLatin1String("checkpoint")) {
        auto key = currentKey();
        if (!key.ok())
            return ctx.fail(key.error());
        auto note = log.checkpointNote();
        if (!note.ok())
            return ctx.fail(note.error());
        auto cp = ledger::openCheckpoint(*note, *key);
        if (!cp.ok())
            return ctx.fail(QStringLiteral("the checkpoint does not verify: ") + cp.errorString());
        if (ctx.json()) {
            ctx.printJson(
                { { QStringLiteral("origin"), cp->origin },
                  { QStringLiteral("size"), cp->size },
                  { QStringLiteral("root"), QString::fromLatin1(crypto::base64Encode(cp->rootHash)) },
                  { QStringLiteral("note"), QString::fromUtf8(*note) } });
        } else {
            ctx.out() << QString::fromUtf8(*note);
            ctx.out().flush();
        }
        return 0;
    }

    if (action == QLatin1String("proof")) {
        auto cp = latest();
        if (!cp.ok())
            return ctx.fail(cp.error());
        QJsonObject result;
        if (p.isSet(QStringLiteral("old"))) {
            bool ok1 = false, ok2 = true;
            const qint64 oldSize = p.value(QStringLiteral("old")).toLongLong(&ok1);
            const qint64 newSize
                = p.isSet(QStringLiteral("new")) ? p.value(QStringLiteral("new")).toLongLong(&ok2) : cp->size;
            if (!ok1 || !ok2)
                return ctx.fail(QStringLiteral("--old and --new take tree sizes"), 2);
            auto proof = log.consistencyProof(oldSize, newSize);
            if (!proof.ok())
                return ctx.fail(proof.error());
            result = { { QStringLiteral("old"), oldSize },
                       { QStringLiteral("new"), newSize },
                       { QStringLiteral("proof"), b64List(*proof) } };
        } else {
            if (args.size() < 2)
                return ctx.fail(QStringLiteral("log proof needs a receipt number (SEQ) or --old M"), 2);
            bool ok = false;
            const qint64 seq = args.at(1).toLongLong(&ok);
            if (!ok || seq < 0)
                return ctx.fail(QStringLiteral("'%1' is not a receipt number").arg(args.at(1)), 2);
            if (p.isSet(QStringLiteral("size"))) {
                auto proof = log.inclusionProof(seq, p.value(QStringLiteral("size")).toLongLong());
                if (!proof.ok())
                    return ctx.fail(proof.error());
                result = *proof;
            } else {
                auto bundle = log.bundle(seq);
                if (!bundle.ok())
                    return ctx.fail(bundle.error());
                auto key = currentKey();
                if (!key.ok())
                    return ctx.fail(key.error());
                auto verdict = ledger::verifyBundle(*bundle, *key);
                if (!verdict.ok())
                    return ctx.fail(QStringLiteral("the log served a bundle that does not verify: ")
                                    + verdict.errorString());
                result = bundle->toJson();
            }
        }
        const QByteArray text = QJsonDocument(result).toJson(QJsonDocument::Indented);
        if (p.isSet(QStringLiteral("out"))) {
            if (auto st = writeFileAtomic(p.value(QStringLiteral("out")), text); !st.ok())
                return ctx.fail(st.error());
            if (ctx.json())
                ctx.printJson({ { QStringLiteral("out"), p.value(QStringLiteral("out")) } });
            else
                ctx.print(QStringLiteral("wrote %1").arg(p.value(QStringLiteral("out"))));
        } else {
            ctx.out() << QString::fromUtf8(text);
            ctx.out().flush();
        }
        return 0;
    }

    if (action == QLatin1String("verify") || action == QLatin1String("export")) {
        if (!ctx.paths().ensure())
            return ctx.fail(QStringLiteral("cannot create the home folder %1").arg(ctx.home()));
        auto store = audit::AuditStore::open(ctx.paths().auditDb());
        if (!store.ok())
            return ctx.fail(store.error());
        audit::LogVerifyOptions options;
        options.verifierKey = *vkey;
        options.store = store->get();
        audit::Equivocation evidence;
        options.evidence = &evidence;

        const bool exporting = action == QLatin1String("export");
        audit::ReceiptFilter filter;
        QFile outFile;
        QTextStream *sink = &ctx.out();
        std::unique_ptr<QTextStream> fileStream;
        bool csv = false;
        qint64 exported = 0;
        if (exporting) {
            const QString format = p.value(QStringLiteral("format"));
            if (!format.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("jsonl"))
                return ctx.fail(QStringLiteral("--format must be csv or jsonl"), 2);
            csv = format == QLatin1String("csv");
            filter.buyer = p.value(QStringLiteral("buyer"));
            filter.creator = p.value(QStringLiteral("creator"));
            filter.manifest = p.value(QStringLiteral("dataset"));
            filter.kind = p.value(QStringLiteral("kind"));
            auto since = timeOption(p, QStringLiteral("since"));
            auto until = timeOption(p, QStringLiteral("until"));
            if (!since.ok())
                return ctx.fail(since.error(), 2);
            if (!until.ok())
                return ctx.fail(until.error(), 2);
            filter.fromMs = *since;
            filter.untilMs = *until;
            if (p.isSet(QStringLiteral("out"))) {
                outFile.setFileName(p.value(QStringLiteral("out")));
                if (!outFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    return ctx.fail(
                        QStringLiteral("cannot write %1: %2").arg(outFile.fileName(), outFile.errorString()));
                fileStream = std::make_unique<QTextStream>(&outFile);
                sink = fileStream.get();
            }
            if (csv)
                *sink << QString::fromUtf8(audit::csvHeader());
            options.visit = [&](const ledger::Receipt &r) {
                if (!filter.matches(r))
                    return;
                *sink << QString::fromUtf8(csv ? audit::csvLine(r) : audit::jsonLine(r));
                ++exported;
            };
        }
        auto report = audit::verifyLog(log, options);
        if (!report.ok())
            return printEvidence(ctx, report.error(), evidence);
        sink->flush();
        if (exporting) {
            if (fileStream) {
                fileStream->flush();
                outFile.close();
                if (ctx.json())
                    ctx.printJson({ { QStringLiteral("exported"), exported },
                                    { QStringLiteral("size"), report->size } });
                else
                    ctx.print(QStringLiteral("exported %1 of %2 verified receipts to %3")
                                  .arg(exported)
                                  .arg(report->size)
                                  .arg(outFile.fileName()));
            }
            return 0;
        }
        if (ctx.json())
            ctx.printJson(
                { { QStringLiteral("ok"), true },
                  { QStringLiteral("origin"), report->origin },
                  { QStringLiteral("size"), report->size },
                  { QStringLiteral("root"), QString::fromLatin1(crypto::base64Encode(report->root)) },
                  { QStringLiteral("checkpointsCompared"), report->checkpointsCompared },
                  { QStringLiteral("voidLeaves"), report->voidLeaves } });
        else
            ctx.print(QStringLiteral(
                          "ok: %1 verified, %2 entries (%3 void), root %4; consistent with %5 checkpoint(s) "
                          "seen before")
                          .arg(report->origin)
                          .arg(report->size)
                          .arg(report->voidLeaves)
                          .arg(QString::fromLatin1(crypto::base64Encode(report->root)))
                          .arg(report->checkpointsCompared));
        return 0;
    }
    return ctx.fail(QStringLiteral("unknown action '%1'; use ").arg(action) + usage, 2);
}

} // namespace

SG_CLI_COMMAND("log", "Read and audit the receipt log: key, checkpoint, proof, verify, export", logCommand)
