// shardgate-cli cid: prints the CID (CIDv1 raw sha2-256, base32) of files, like sha256sum.

#include "command.h"
#include "crypto/cid.h"
#include "crypto/sha256.h"

#include <QJsonArray>

namespace {

int cid(sg::cli::Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to hash."),
                            QStringLiteral("FILE..."));
    if (!ctx.parse(p,
                   QStringLiteral("Print the content id (CIDv1 raw sha2-256, \"bafkrei...\") of each file."),
                   QStringLiteral("FILE...")))
        return ctx.exitCode();
    const QStringList files = p.positionalArguments();
    if (files.isEmpty())
        return ctx.fail(QStringLiteral("give at least one FILE (see --help)"), 2);

    int exitCode = 0;
    QJsonArray results;
    for (const QString &file : files) {
        const auto digest = sg::crypto::Sha256::hashFile(file);
        if (!digest) {
            // One error line per file; the other files are still hashed.
            ctx.err() << "shardgate-cli cid: " << digest.errorString() << "\n";
            ctx.err().flush();
            results.append(QJsonObject { { QStringLiteral("path"), file },
                                         { QStringLiteral("error"), digest.errorString() } });
            exitCode = 1;
            continue;
        }
        const QString text = sg::crypto::Cid::fromDigest(*digest).toString();
        if (ctx.json())
            results.append(QJsonObject { { QStringLiteral("path"), file }, { QStringLiteral("cid"), text } });
        else
            ctx.print(QStringLiteral("%1  %2").arg(text, file));
    }
    if (ctx.json())
        ctx.printJson({ { QStringLiteral("files"), results } });
    return exitCode;
}

} // namespace

SG_CLI_COMMAND("cid", "Print the CID of files (like sha256sum)", cid)
