// shardgate-cli publish: verifies a signed manifest and adds it to the home's catalog.

#include "command.h"
#include "common/fileutil.h"
#include "marketcli.h"

namespace {

int publish(sg::cli::Context &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p,
                   QStringLiteral("Verify a signed manifest (signature, license) and publish it in the local "
                                  "catalog."),
                   QStringLiteral("MANIFEST.json")))
        return ctx.exitCode();
    if (p.positionalArguments().size() != 1)
        return ctx.fail(QStringLiteral("give exactly one MANIFEST.json (see --help)"), 2);
    auto bytes = sg::readFile(p.positionalArguments().first(), 256 << 20);
    if (!bytes)
        return ctx.fail(bytes.error());
    auto market = sg::cli::openMarket(ctx);
    if (!market)
        return ctx.fail(market.error());
    auto entry = (*market)->catalog().publish(*bytes);
    if (!entry)
        return ctx.fail(entry.error());
    if (ctx.json()) {
        QJsonObject o = entry->toJson();
        o.insert(QStringLiteral("manifestCid"), entry->cid);
        ctx.printJson(o);
    } else {
        ctx.print(QStringLiteral("published %1@%2 %3").arg(entry->dataset, entry->version, entry->cid));
    }
    return 0;
}

} // namespace

SG_CLI_COMMAND("publish", "Verify a signed manifest and publish it in the local catalog", publish)
