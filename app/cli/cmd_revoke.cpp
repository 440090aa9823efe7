// shardgate-cli revoke: adds a signed entry to the revocation denylist (by jti, buyer,
// manifest or license), locally or on an edge (POST /v1/revocations); --list shows it.

#include "command.h"
#include "marketcli.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

int revoke(sg::cli::Context &ctx)
{
    QCommandLineParser p;
    p.addOption(
        { QStringLiteral("jti"), QStringLiteral("Revoke one token by its jti."), QStringLiteral("JTI") });
    p.addOption({ QStringLiteral("buyer"), QStringLiteral("Revoke every token of a buyer."),
                  QStringLiteral("BUYER") });
    p.addOption({ QStringLiteral("manifest"), QStringLiteral("Withdraw a dataset version (manifest CID)."),
                  QStringLiteral("CID") });
    p.addOption({ QStringLiteral("license"), QStringLiteral("Revoke a license (license hash)."),
                  QStringLiteral("HASH") });
    p.addOption(
        { QStringLiteral("reason"), QStringLiteral("Why (kept with the entry)."), QStringLiteral("TEXT") });
    p.addOption(
        { QStringLiteral("key"),
          QStringLiteral("Sign with this key (a creator key for its manifests and licenses; default: the "
                         "home's operator key, created when missing)."),
          QStringLiteral("KEY.pem") });
    p.addOption({ QStringLiteral("passphrase-file"),
                  QStringLiteral("Passphrase of --key (first line of FILE)."), QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("edge"), QStringLiteral("Send it to this edge (POST /v1/revocations)."),
                  QStringLiteral("URL") });
    p.addOption({ QStringLiteral("list"), QStringLiteral("List the local denylist.") });
    if (!ctx.parse(
            p, QStringLiteral("Revoke access by token id, buyer, manifest or license (signed statement)."),
            QStringLiteral("--jti X | --buyer B | --manifest CID | --license HASH")))
        return ctx.exitCode();
    if (!p.positionalArguments().isEmpty())
        return ctx.fail(
            QStringLiteral("unexpected argument %1 (see --help)").arg(p.positionalArguments().first()), 2);

    if (p.isSet(QStringLiteral("list"))) {
        auto market = sg::cli::openMarket(ctx);
        if (!market)
            return ctx.fail(market.error());
        auto list = (*market)->revocations().list();
        if (!list)
            return ctx.fail(list.error());
        QJsonArray items;
        for (const auto &r : *list) {
            if (ctx.json())
                items.append(r.toJson());
            else
                ctx.print(QStringLiteral("%1  %2 %3  by %4  %5")
                              .arg(sg::formatUtc(r.time), sg::market::kindName(r.kind), r.value, r.by,
                                   sg::cli::displayText(r.reason)));
        }
        if (ctx.json())
            ctx.printJson({ { QStringLiteral("revocations"), items } });
        return 0;
    }

    std::optional<sg::market::RevocationKind> kind;
    QString value;
    int given = 0;
    for (auto k : { sg::market::RevocationKind::Jti, sg::market::RevocationKind::Buyer,
                    sg::market::RevocationKind::Manifest, sg::market::RevocationKind::License }) {
        if (p.isSet(sg::market::kindName(k))) {
            ++given;
            kind = k;
            value = p.value(sg::market::kindName(k));
        }
    }
    if (given != 1)
        return ctx.fail(QStringLiteral("give exactly one of --jti, --buyer, --manifest, --license"), 2);

    std::unique_ptr<sg::market::Market> market;
    auto openLocal = [&]() -> sg::Status {
        if (market)
            return {};
        auto m = sg::cli::openMarket(ctx);
        if (!m)
            return m.error();
        market = std::move(*m);
        return {};
    };
    sg::crypto::Ed25519PrivateKey key;
    if (p.isSet(QStringLiteral("key"))) {
        QByteArray passphrase;
        if (p.isSet(QStringLiteral("passphrase-file"))) {
            auto secret = ctx.readSecretFile(p.value(QStringLiteral("passphrase-file")));
            if (!secret)
                return ctx.fail(secret.error());
            passphrase = *secret;
        }
        auto loaded = sg::crypto::Ed25519PrivateKey::loadFile(p.value(QStringLiteral("key")), passphrase);
        if (!loaded)
            return ctx.fail(loaded.error());
        key = *loaded;
    } else {
        if (auto s = openLocal(); !s)
            return ctx.fail(s.error());
        auto op = market->operatorKey(true);
        if (!op)
            return ctx.fail(op.error());
        key = *op;
    }
    auto statement = sg::market::Revocation::create(*kind, value, p.value(QStringLiteral("reason")),
                                                    QDateTime::currentSecsSinceEpoch(), key);
    if (!statement)
        return ctx.fail(statement.error(), 2);

    bool added = true;
    if (p.isSet(QStringLiteral("edge"))) {
        const auto reply = sg::cli::postToEdge(p.value(QStringLiteral("edge")),
                                               QStringLiteral("/v1/revocations"), statement->toJson(), {});
        if (reply.status != 200 && reply.status != 201)
            return ctx.fail(
                QStringLiteral("the edge refused the revocation: %1").arg(sg::cli::describeReply(reply)));
        added = reply.status == 201;
    } else {
        if (auto s = openLocal(); !s)
            return ctx.fail(s.error());
        auto result = market->revocations().add(*statement);
        if (!result)
            return ctx.fail(result.error());
        added = result->added;
    }
    if (ctx.json()) {
        QJsonObject o = statement->toJson();
        o.insert(QStringLiteral("added"), added);
        ctx.printJson(o);
    } else {
        ctx.print(QStringLiteral("%1 %2 %3")
                      .arg(added ? QStringLiteral("revoked") : QStringLiteral("already revoked"),
                           sg::market::kindName(*kind), value));
    }
    return 0;
}

} // namespace

SG_CLI_COMMAND("revoke", "Revoke access by token id, buyer, manifest or license", revoke)
