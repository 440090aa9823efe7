// shardgate-cli account: buyer accounts and prepaid credits (create, list, show, credit,
// rotate-key). The API key is printed once, by create and rotate-key, and stored hashed.

#include "command.h"
#include "common/money.h"
#include "marketcli.h"

#include <QJsonArray>

namespace {

QJsonObject accountJson(const sg::market::Account &a)
{
    return { { QStringLiteral("buyer"), a.id },
             { QStringLiteral("currency"), a.currency },
             { QStringLiteral("credits"), sg::formatMoney(a.credits) },
             { QStringLiteral("held"), sg::formatMoney(a.held) },
             { QStringLiteral("available"), sg::formatMoney(a.available()) },
             { QStringLiteral("createdAt"), sg::formatUtc(a.createdAt) },
             { QStringLiteral("keyHint"), a.keyHint } };
}

QString accountLine(const sg::market::Account &a)
{
    return QStringLiteral("%1  %2 %3  (held %4, available %5)  key %6")
        .arg(a.id, sg::formatMoney(a.credits), a.currency, sg::formatMoney(a.held),
             sg::formatMoney(a.available()), a.keyHint);
}

int account(sg::cli::Context &ctx)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("credits"),
                  QStringLiteral("create: initial credits, e.g. 10.00 (default 0)."),
                  QStringLiteral("AMOUNT") });
    p.addOption({ QStringLiteral("currency"), QStringLiteral("create: ISO 4217 currency (default USD)."),
                  QStringLiteral("CODE") });
    p.addOption({ QStringLiteral("amount"), QStringLiteral("credit: amount to add, e.g. 5.00."),
                  QStringLiteral("AMOUNT") });
    p.addOption({ QStringLiteral("ref"),
                  QStringLiteral("credit: a note kept with the top-up (invoice, ...)."),
                  QStringLiteral("TEXT") });
    if (!ctx.parse(
            p,
            QStringLiteral("Manage buyer accounts and credits:\n"
                           "  account create BUYER [--credits 10.00]   prints the API key (shown once)\n"
                           "  account list\n"
                           "  account show BUYER\n"
                           "  account credit BUYER --amount 5.00\n"
                           "  account rotate-key BUYER                 prints a new API key"),
            QStringLiteral("create|list|show|credit|rotate-key [BUYER]")))
        return ctx.exitCode();
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return ctx.fail(
            QStringLiteral("say what to do: create, list, show, credit or rotate-key (see --help)"), 2);
    const QString action = args.first();
    const bool needsBuyer = action != QLatin1String("list");
    if (needsBuyer && args.size() != 2)
        return ctx.fail(QStringLiteral("account %1 needs exactly one BUYER (see --help)").arg(action), 2);
    if (!needsBuyer && args.size() != 1)
        return ctx.fail(QStringLiteral("account list takes no argument"), 2);
    const QString buyer = needsBuyer ? args.at(1) : QString();

    if (action == QLatin1String("create")) {
        auto credits = sg::parseMoney(p.isSet(QStringLiteral("credits")) ? p.value(QStringLiteral("credits"))
                                                                         : QStringLiteral("0"));
        if (!credits)
            return ctx.fail(QStringLiteral("--credits: %1").arg(credits.errorString()), 2);
        auto market = sg::cli::openMarket(ctx);
        if (!market)
            return ctx.fail(market.error());
        const QString currency = p.isSet(QStringLiteral("currency")) ? p.value(QStringLiteral("currency"))
                                                                     : QStringLiteral("USD");
        auto created = (*market)->accounts().create(buyer, *credits, currency);
        if (!created)
            return ctx.fail(created.error());
        if (ctx.json()) {
            QJsonObject o = accountJson(created->account);
            o.insert(QStringLiteral("apiKey"), created->apiKey);
            ctx.printJson(o);
        } else {
            ctx.print(created->apiKey);
            ctx.err() << "created buyer '" << buyer << "' with " << sg::formatMoney(*credits) << " "
                      << currency << "; the API key above is shown only once\n";
            ctx.err().flush();
        }
        return 0;
    }

    if (action != QLatin1String("list") && action != QLatin1String("show")
        && action != QLatin1String("credit") && action != QLatin1String("rotate-key"))
        return ctx.fail(
            QStringLiteral("unknown action '%1': use create, list, show, credit or rotate-key").arg(action),
            2);
    qint64 amount = 0;
    if (action == QLatin1String("credit")) {
        if (!p.isSet(QStringLiteral("amount")))
            return ctx.fail(QStringLiteral("account credit needs --amount, e.g. --amount 5.00"), 2);
        auto parsed = sg::parseMoney(p.value(QStringLiteral("amount")));
        if (!parsed)
            return ctx.fail(QStringLiteral("--amount: %1").arg(parsed.errorString()), 2);
        amount = *parsed;
    }
    auto market = sg::cli::openMarket(ctx);
    if (!market)
        return ctx.fail(market.error());
    auto &accounts = (*market)->accounts();

    if (action == QLatin1String("list")) {
        auto list = accounts.list();
        if (!list)
            return ctx.fail(list.error());
        if (ctx.json()) {
            QJsonArray items;
            for (const auto &a : *list)
                items.append(accountJson(a));
            ctx.printJson({ { QStringLiteral("accounts"), items } });
        } else {
            for (const auto &a : *list)
                ctx.print(accountLine(a));
        }
        return 0;
    }
    if (action == QLatin1String("show")) {
        auto a = accounts.get(buyer);
        if (!a)
            return ctx.fail(a.error());
        auto history = accounts.history(buyer, 20);
        if (!history)
            return ctx.fail(history.error());
        if (ctx.json()) {
            QJsonObject o = accountJson(*a);
            QJsonArray entries;
            for (const auto &e : *history)
                entries.append(QJsonObject { { QStringLiteral("kind"), e.kind },
                                             { QStringLiteral("amount"), sg::formatMoney(e.amount) },
                                             { QStringLiteral("credits"), sg::formatMoney(e.creditsAfter) },
                                             { QStringLiteral("held"), sg::formatMoney(e.heldAfter) },
                                             { QStringLiteral("ref"), e.ref },
                                             { QStringLiteral("at"), sg::formatUtc(e.at) } });
            o.insert(QStringLiteral("history"), entries);
            ctx.printJson(o);
        } else {
            ctx.print(accountLine(*a));
            for (const auto &e : *history)
                ctx.print(QStringLiteral("  %1  %2 %3  -> %4%5")
                              .arg(sg::formatUtc(e.at), e.kind.leftJustified(7), sg::formatMoney(e.amount),
                                   sg::formatMoney(e.creditsAfter),
                                   e.ref.isEmpty() ? QString()
                                                   : QStringLiteral("  ") + sg::cli::displayText(e.ref)));
        }
        return 0;
    }
    if (action == QLatin1String("credit")) {
        auto a = accounts.topUp(buyer, amount, p.value(QStringLiteral("ref")));
        if (!a)
            return ctx.fail(a.error());
        if (ctx.json())
            ctx.printJson(accountJson(*a));
        else
            ctx.print(accountLine(*a));
        return 0;
    }
    auto key = accounts.rotateKey(buyer);
    if (!key)
        return ctx.fail(key.error());
    if (ctx.json())
        ctx.printJson({ { QStringLiteral("buyer"), buyer }, { QStringLiteral("apiKey"), *key } });
    else
        ctx.print(*key);
    return 0;
}

} // namespace

SG_CLI_COMMAND("account", "Buyer accounts and credits (create, list, show, credit, rotate-key)", account)
