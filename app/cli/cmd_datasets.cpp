// shardgate-cli datasets: lists the local catalog.

#include "command.h"
#include "common/fileutil.h"
#include "marketcli.h"

#include <QJsonArray>

namespace {

int datasets(sg::cli::Context &ctx)
{
    QCommandLineParser p;
    p.addOption(
        { QStringLiteral("search"),
          QStringLiteral("Only datasets whose name, title, description, creator or SPDX id contains TEXT."),
          QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("creator"), QStringLiteral("Only datasets of this creator id."),
                  QStringLiteral("ID") });
    p.addOption({ QStringLiteral("use"),
                  QStringLiteral("Only datasets whose license allows USE (train, ...)."),
                  QStringLiteral("USE") });
    p.addOption({ QStringLiteral("latest"), QStringLiteral("Only the newest version of each dataset.") });
    if (!ctx.parse(p, QStringLiteral("List the datasets published in the local catalog.")))
        return ctx.exitCode();
    if (!p.positionalArguments().isEmpty())
        return ctx.fail(
            QStringLiteral("unexpected argument %1 (see --help)").arg(p.positionalArguments().first()), 2);
    auto market = sg::cli::openMarket(ctx);
    if (!market)
        return ctx.fail(market.error());
    sg::market::CatalogQuery q;
    q.text = p.value(QStringLiteral("search"));
    q.creator = p.value(QStringLiteral("creator"));
    q.use = p.value(QStringLiteral("use"));
    q.latestOnly = p.isSet(QStringLiteral("latest"));
    auto list = (*market)->catalog().list(q);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json()) {
        QJsonArray items;
        for (const auto &e : *list)
            items.append(e.toJson());
        ctx.printJson({ { QStringLiteral("datasets"), items } });
        return 0;
    }
    if (list->isEmpty()) {
        ctx.err() << "no datasets" << (q.text.isEmpty() ? "" : " match") << "\n";
        ctx.err().flush();
        return 0;
    }
    for (const auto &e : *list) {
        ctx.print(QStringLiteral("%1@%2  %3  %4  %5 %6/access  %7  %8")
                      .arg(e.dataset, e.version, e.cid, e.spdx, sg::formatMoney(e.pricePerAccess.micros),
                           e.pricePerAccess.currency, sg::formatBytes(e.totalBytes),
                           sg::cli::displayText(e.title.left(60))));
    }
    return 0;
}

} // namespace

SG_CLI_COMMAND("datasets", "List the datasets published in the local catalog", datasets)
