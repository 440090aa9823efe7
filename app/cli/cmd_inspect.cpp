// shardgate-cli inspect: a manifest in plain words.

#include "command.h"
#include "common/fileutil.h"
#include "license/license.h"
#include "packaging/manifest.h"
#include "packaging/pathrules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace {

int inspect(sg::cli::Context &ctx)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("files"), QStringLiteral("Also list every file with its size.") });
    if (!ctx.parse(p, QStringLiteral("Summarise a manifest: dataset, creator, license, files and shards."),
                   QStringLiteral("MANIFEST.json")))
        return ctx.exitCode();
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return ctx.fail(QStringLiteral("give exactly one manifest file (see --help)"), 2);
    auto loaded = sg::packaging::Manifest::loadFile(pos.first());
    if (!loaded)
        return ctx.fail(loaded.error());
    const sg::packaging::Manifest &m = *loaded;
    const sg::Status sig = m.verifySignature();
    auto license = sg::license::License::fromJson(m.license);
    const QString licenseText
        = license ? license->describe() : QStringLiteral("INVALID: %1").arg(license.errorString());
    QSet<sg::crypto::Cid> unique;
    for (const auto &s : m.shards)
        unique.insert(s.cid);
    qint64 largest = 0;
    int empty = 0;
    for (const auto &f : m.files) {
        largest = qMax(largest, f.size);
        empty += f.size == 0 ? 1 : 0;
    }

    if (ctx.json()) {
        QJsonObject o { { QStringLiteral("manifestCid"), m.cid().toString() },
                        { QStringLiteral("dataset"), m.dataset },
                        { QStringLiteral("version"), m.version },
                        { QStringLiteral("created"), sg::packaging::formatCreated(m.created) },
                        { QStringLiteral("creator"),
                          QJsonObject { { QStringLiteral("id"), m.creatorId },
                                        { QStringLiteral("pubkey"), m.creatorKey.toTagged() } } },
                        { QStringLiteral("license"), m.license },
                        { QStringLiteral("licenseHash"), m.licenseHash().toString() },
                        { QStringLiteral("licenseSummary"), licenseText },
                        { QStringLiteral("licenseValid"), license.ok() },
                        { QStringLiteral("files"), int(m.files.size()) },
                        { QStringLiteral("emptyFiles"), empty },
                        { QStringLiteral("shards"), int(m.shards.size()) },
                        { QStringLiteral("uniqueShards"), int(unique.size()) },
                        { QStringLiteral("shardSize"), m.shardSize },
                        { QStringLiteral("totalBytes"), m.totalBytes },
                        { QStringLiteral("signatureValid"), sig.ok() } };
        if (!m.title.isEmpty())
            o.insert(QStringLiteral("title"), m.title);
        if (!m.description.isEmpty())
            o.insert(QStringLiteral("description"), m.description);
        if (m.previous)
            o.insert(QStringLiteral("previous"), m.previous->toString());
        if (p.isSet(QStringLiteral("files"))) {
            QJsonArray files;
            for (const auto &f : m.files)
                files.append(
                    QJsonObject { { QStringLiteral("path"), f.path }, { QStringLiteral("size"), f.size } });
            o.insert(QStringLiteral("fileList"), files);
        }
        ctx.printJson(o);
        return 0;
    }
    auto line = [&](const char *label, const QString &value) {
        ctx.print(QStringLiteral("%1 %2").arg(QString::fromLatin1(label).leftJustified(11), value));
    };
    line("dataset", QStringLiteral("%1 (version %2)").arg(m.dataset, m.version));
    if (!m.title.isEmpty())
        line("title", m.title);
    if (!m.description.isEmpty())
        line("description", m.description);
    line("manifest", m.cid().toString());
    line("created", sg::packaging::formatCreated(m.created));
    line("creator", QStringLiteral("%1 (%2)").arg(m.creatorId, m.creatorKey.toTagged()));
    line("signature", sig ? QStringLiteral("valid") : QStringLiteral("INVALID: %1").arg(sig.errorString()));
    line("license", licenseText);
    line("license id",
         QStringLiteral("%1, hash %2")
             .arg(m.license.value(QStringLiteral("id")).toString(), m.licenseHash().toString()));
    line("files",
         QStringLiteral("%1 (%2 total, largest %3%4)")
             .arg(m.files.size())
             .arg(sg::formatBytes(m.totalBytes), sg::formatBytes(largest),
                  empty ? QStringLiteral(", %1 empty").arg(empty) : QString()));
    line("shards",
         QStringLiteral("%1 (%2 unique) of up to %3")
             .arg(m.shards.size())
             .arg(unique.size())
             .arg(sg::formatBytes(m.shardSize)));
    if (m.previous)
        line("previous", m.previous->toString());
    if (p.isSet(QStringLiteral("files"))) {
        for (const auto &f : m.files)
            ctx.print(
                QStringLiteral("  %1  %2")
                    .arg(sg::formatBytes(f.size).rightJustified(10), sg::packaging::displayPath(f.path)));
    }
    return 0;
}

} // namespace

SG_CLI_COMMAND("inspect", "Summarise a manifest (dataset, creator, license, files, shards)", inspect)
