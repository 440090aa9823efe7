// shardgate-cli pack: a folder -> shards in the home's blob store + a signed manifest.

#include "command.h"
#include "common/fileutil.h"
#include "crypto/ed25519.h"
#include "license/license.h"
#include "packaging/packer.h"
#include "progress.h"

#include <QFileInfo>
#include <QJsonObject>

#include <memory>

namespace {

int pack(sg::cli::Context &ctx)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("dataset"), QStringLiteral("Dataset name (letters, digits, . _ -)."),
                  QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("version"), QStringLiteral("Version of this release (e.g. 2026-01-10)."),
                  QStringLiteral("V") });
    p.addOption({ QStringLiteral("key"), QStringLiteral("Creator's signing key (PKCS#8 PEM)."),
                  QStringLiteral("KEY.pem") });
    p.addOption({ QStringLiteral("passphrase-file"),
                  QStringLiteral("Passphrase of an encrypted key, first line of FILE."),
                  QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("license"), QStringLiteral("License terms (JSON, see docs/formats.md)."),
                  QStringLiteral("LICENSE.json") });
    p.addOption({ QStringLiteral("out"), QStringLiteral("Where to write the signed manifest."),
                  QStringLiteral("MANIFEST.json") });
    p.addOption({ QStringLiteral("shard-size"), QStringLiteral("Shard size, 1MiB to 16MiB (default 4MiB)."),
                  QStringLiteral("SIZE"), QStringLiteral("4MiB") });
    p.addOption({ QStringLiteral("threads"), QStringLiteral("Hashing threads (default: one per core)."),
                  QStringLiteral("N") });
    p.addOption(
        { QStringLiteral("title"), QStringLiteral("Human title of the dataset."), QStringLiteral("T") });
    p.addOption(
        { QStringLiteral("description"), QStringLiteral("Longer description."), QStringLiteral("D") });
    p.addOption({ QStringLiteral("creator-id"),
                  QStringLiteral("Creator id in the manifest (default: derived from the key)."),
                  QStringLiteral("ID") });
    p.addOption({ QStringLiteral("previous"), QStringLiteral("Manifest CID of the version this one revises."),
                  QStringLiteral("CID") });
    p.addOption({ QStringLiteral("force"), QStringLiteral("Overwrite an existing --out file.") });
    if (!ctx.parse(p,
                   QStringLiteral("Package DIR into content-addressed shards in the home's blob store and "
                                  "write a signed manifest. Honours SOURCE_DATE_EPOCH for \"created\"."),
                   QStringLiteral("DIR")))
        return ctx.exitCode();
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return ctx.fail(QStringLiteral("give exactly one folder to pack (see --help)"), 2);
    for (const char *required : { "dataset", "version", "key", "license", "out" }) {
        if (p.value(QLatin1String(required)).isEmpty())
            return ctx.fail(QStringLiteral("--%1 is required (see --help)").arg(QLatin1String(required)), 2);
    }

    sg::packaging::PackOptions opt;
    opt.dataset = p.value(QStringLiteral("dataset"));
    opt.version = p.value(QStringLiteral("version"));
    opt.title = p.value(QStringLiteral("title"));
    opt.description = p.value(QStringLiteral("description"));
    opt.creatorId = p.value(QStringLiteral("creator-id"));
    opt.shardSize = sg::parseSize(p.value(QStringLiteral("shard-size")));
    if (opt.shardSize <= 0)
        return ctx.fail(QStringLiteral("--shard-size '%1' is not a size like 4MiB")
                            .arg(p.value(QStringLiteral("shard-size"))),
                        2);
    if (auto st = sg::packaging::validateShardSize(opt.shardSize); !st)
        return ctx.fail(st.error(), 2);
    if (p.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        opt.threads = p.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || opt.threads < 1 || opt.threads > 256)
            return ctx.fail(QStringLiteral("--threads must be a number from 1 to 256"), 2);
    }
    if (p.isSet(QStringLiteral("previous"))) {
        auto prev = sg::crypto::Cid::parse(p.value(QStringLiteral("previous")));
        if (!prev)
            return ctx.fail(QStringLiteral("--previous: %1").arg(prev.errorString()), 2);
        opt.previous = *prev;
    }
    const QString out = p.value(QStringLiteral("out"));
    if (QFileInfo::exists(out) && !p.isSet(QStringLiteral("force")))
        return ctx.fail(QStringLiteral("%1 already exists; choose another --out or add --force").arg(out));

    auto license = sg::license::License::loadFile(p.value(QStringLiteral("license")));
    if (!license)
        return ctx.fail(license.error());
    opt.license = license->toJson();

    QByteArray passphrase;
    if (p.isSet(QStringLiteral("passphrase-file"))) {
        auto secret = ctx.readSecretFile(p.value(QStringLiteral("passphrase-file")));
        if (!secret)
            return ctx.fail(secret.error());
        passphrase = *secret;
    }
    auto key = sg::crypto::Ed25519PrivateKey::loadFile(p.value(QStringLiteral("key")), passphrase);
    if (!key)
        return ctx.fail(key.error());

    QString err;
    if (!ctx.paths().ensure(&err))
        return ctx.fail(QStringLiteral("cannot prepare home %1: %2").arg(ctx.home(), err));
    const sg::packaging::BlobStore store(ctx.paths().blobs());

    // The total is known only after the scan: the meter is made on the first report.
    std::unique_ptr<sg::cli::Progress> meter;
    opt.progress = [&](qint64 done, qint64 total) {
        if (!meter)
            meter = std::make_unique<sg::cli::Progress>(QStringLiteral("pack"), total, !ctx.json());
        meter->update(done);
    };
    auto result = sg::packaging::packFolder(pos.first(), store, *key, opt);
    if (meter)
        meter->finish();
    if (!result)
        return ctx.fail(result.error());

    const sg::Status written = sg::writeFileAtomic(out, result->manifestBytes);
    if (!written)
        return ctx.fail(written.error());

    const auto &r = *result;
    const QString cid = r.manifestCid.toString();
    if (ctx.json()) {
        ctx.printJson({ { QStringLiteral("manifestCid"), cid },
                        { QStringLiteral("manifest"), QFileInfo(out).absoluteFilePath() },
                        { QStringLiteral("dataset"), r.manifest.dataset },
                        { QStringLiteral("version"), r.manifest.version },
                        { QStringLiteral("creator"), r.manifest.creatorKey.toTagged() },
                        { QStringLiteral("licenseHash"), r.manifest.licenseHash().toString() },
                        { QStringLiteral("files"), r.fileCount },
                        { QStringLiteral("shards"), r.shardCount },
                        { QStringLiteral("uniqueShards"), r.uniqueShardCount },
                        { QStringLiteral("totalBytes"), r.totalBytes },
                        { QStringLiteral("writtenBytes"), r.writtenBytes },
                        { QStringLiteral("reusedBytes"), r.reusedBytes },
                        { QStringLiteral("duplicateBytes"), r.duplicateBytes } });
        return 0;
    }
    ctx.print(QStringLiteral("manifest %1").arg(cid));
    ctx.print(QStringLiteral("  written to %1").arg(out));
    ctx.print(QStringLiteral("  %1 %2, %3 files, %4 shards (%5 unique) of %6")
                  .arg(r.manifest.dataset, r.manifest.version)
                  .arg(r.fileCount)
                  .arg(r.shardCount)
                  .arg(r.uniqueShardCount)
                  .arg(sg::formatBytes(r.manifest.shardSize)));
    ctx.print(
        QStringLiteral("  %1 total, %2 newly stored, %3 already in the store, %4 saved by identical shards")
            .arg(sg::formatBytes(r.totalBytes), sg::formatBytes(r.writtenBytes),
                 sg::formatBytes(r.reusedBytes), sg::formatBytes(r.duplicateBytes)));
    ctx.print(QStringLiteral("  signed by %1").arg(r.manifest.creatorKey.toTagged()));
    return 0;
}

} // namespace

SG_CLI_COMMAND("pack", "Package a folder into signed, content-addressed shards", pack)
