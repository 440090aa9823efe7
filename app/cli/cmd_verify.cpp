// shardgate-cli verify: signature + every shard CID (blob store or --dir) + every file.

#include "command.h"
#include "license/license.h"
#include "packaging/verifier.h"
#include "progress.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace {

int verify(sg::cli::Context &ctx)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("dir"),
                  QStringLiteral("Check the files in DATA_DIR (sizes, sha256 and shard CIDs) instead of the "
                                 "home's blob store."),
                  QStringLiteral("DATA_DIR") });
    p.addOption({ QStringLiteral("pubkey"), QStringLiteral("Require this creator key (ed25519:<base64url>)."),
                  QStringLiteral("KEY") });
    p.addOption({ QStringLiteral("threads"), QStringLiteral("Hashing threads (default: one per core)."),
                  QStringLiteral("N") });
    if (!ctx.parse(
            p,
            QStringLiteral("Verify a manifest's signature and every shard CID, against the home's blob "
                           "store or, with --dir, a folder holding the dataset's files."),
            QStringLiteral("MANIFEST.json")))
        return ctx.exitCode();
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return ctx.fail(QStringLiteral("give exactly one manifest file (see --help)"), 2);

    sg::packaging::VerifyOptions opt;
    std::optional<sg::crypto::Ed25519PublicKey> pinned;
    if (p.isSet(QStringLiteral("pubkey"))) {
        auto key = sg::crypto::Ed25519PublicKey::fromTagged(p.value(QStringLiteral("pubkey")));
        if (!key)
            return ctx.fail(QStringLiteral("--pubkey: %1").arg(key.errorString()), 2);
        pinned = *key;
        opt.expectedKey = &*pinned;
    }
    if (p.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        opt.threads = p.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || opt.threads < 1 || opt.threads > 256)
            return ctx.fail(QStringLiteral("--threads must be a number from 1 to 256"), 2);
    }

    auto manifest = sg::packaging::Manifest::loadFile(pos.first());
    if (!manifest)
        return ctx.fail(manifest.error());
    const sg::packaging::BlobStore store(ctx.paths().blobs());
    opt.dataDir = p.value(QStringLiteral("dir"));
    opt.store = &store;
    std::unique_ptr<sg::cli::Progress> meter;
    opt.progress = [&](qint64 done, qint64 total) {
        if (!meter)
            meter = std::make_unique<sg::cli::Progress>(QStringLiteral("verify"), total, !ctx.json());
        meter->update(done);
    };
    auto report = sg::packaging::verifyManifest(*manifest, opt);
    if (meter)
        meter->finish();
    if (!report)
        return ctx.fail(report.error());
    QList<sg::packaging::VerifyIssue> issues = report->issues;
    auto license = sg::license::License::fromJson(manifest->license);
    if (!license)
        issues.append({ QStringLiteral("license"), license.errorString() });

    const QString cid = manifest->cid().toString();
    const QString against = opt.dataDir.isEmpty() ? QStringLiteral("blob store %1").arg(store.root())
                                                  : QStringLiteral("folder %1").arg(opt.dataDir);
    if (ctx.json()) {
        QJsonArray list;
        for (const auto &i : std::as_const(issues))
            list.append(QJsonObject { { QStringLiteral("subject"), i.subject },
                                      { QStringLiteral("message"), i.message } });
        ctx.printJson({ { QStringLiteral("ok"), issues.isEmpty() },
                        { QStringLiteral("manifestCid"), cid },
                        { QStringLiteral("signatureValid"), report->signatureValid },
                        { QStringLiteral("creator"), manifest->creatorKey.toTagged() },
                        { QStringLiteral("checked"),
                          opt.dataDir.isEmpty() ? QStringLiteral("store") : QStringLiteral("dir") },
                        { QStringLiteral("shardsChecked"), report->shardsChecked },
                        { QStringLiteral("filesChecked"), report->filesChecked },
                        { QStringLiteral("bytesChecked"), report->bytesChecked },
                        { QStringLiteral("issues"), list } });
        return issues.isEmpty() ? 0 : 1;
    }
    if (!issues.isEmpty()) {
        for (const auto &i : std::as_const(issues))
            ctx.print(QStringLiteral("MISMATCH %1").arg(i.message));
        return ctx.fail(QStringLiteral("%1: %2 problem(s) found against %3")
                            .arg(pos.first())
                            .arg(issues.size())
                            .arg(against));
    }
    ctx.print(QStringLiteral("OK %1").arg(cid));
    ctx.print(QStringLiteral("  signature valid (%1)").arg(manifest->creatorKey.toTagged()));
    if (opt.dataDir.isEmpty())
        ctx.print(QStringLiteral("  %1 unique shards match in %2").arg(report->shardsChecked).arg(against));
    else
        ctx.print(QStringLiteral("  %1 files and %2 shards match in %3")
                      .arg(report->filesChecked)
                      .arg(report->shardsChecked)
                      .arg(against));
    return 0;
}

} // namespace

SG_CLI_COMMAND("verify", "Verify a manifest's signature and every shard/file hash", verify)
