// shardgate-cli token: an access token for a published manifest, issued locally from the
// home's market or by an edge (POST /v1/tokens); `token jwks` prints the public keys that
// verify them, `token rotate-key` starts a new signing key.

#include "command.h"
#include "common/money.h"
#include "marketcli.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// --api-key, else --api-key-file, else $SHARDGATE_API_KEY.
sg::Result<QString> apiKey(sg::cli::Context &ctx, const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("api-key")))
        return p.value(QStringLiteral("api-key"));
    if (p.isSet(QStringLiteral("api-key-file"))) {
        auto secret = ctx.readSecretFile(p.value(QStringLiteral("api-key-file")));
        if (!secret)
            return secret.error();
        return QString::fromUtf8(*secret).trimmed();
    }
    const QString env = qEnvironmentVariable("SHARDGATE_API_KEY");
    if (!env.isEmpty())
        return env;
    return sg::fail(
        QStringLiteral("no API key: use --api-key-file FILE or set SHARDGATE_API_KEY (or --api-key KEY, "
                       "which other users can see in ps)"));
}

sg::Result<qint64> count(const QCommandLineParser &p, const QString &name)
{
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < 0)
        return sg::fail(QStringLiteral("--%1 must be a whole number >= 0").arg(name));
    return v;
}

int printJwks(sg::cli::Context &ctx)
{
    auto market = sg::cli::openMarket(ctx);
    if (!market)
        return ctx.fail(market.error());
    auto ring = (*market)->keyring(false);
    if (!ring)
        return ctx.fail(
            QStringLiteral("%1; issue a token or run 'token rotate-key' first").arg(ring.errorString()));
    const QJsonObject jwks = (*ring)->jwks((*market)->options().clock->nowSecs());
    ctx.out() << QJsonDocument(jwks).toJson(ctx.json() ? QJsonDocument::Compact : QJsonDocument::Indented);
    ctx.out().flush();
    return 0;
}

int rotate(sg::cli::Context &ctx)
{
    auto market = sg::cli::openMarket(ctx);
    if (!market)
        return ctx.fail(market.error());
    auto kid = (*market)->rotateSigningKey();
    if (!kid)
        return ctx.fail(kid.error());
    if (ctx.json())
        ctx.printJson({ { QStringLiteral("kid"), *kid } });
    else
        ctx.print(*kid);
    return 0;
}

int tokenCommand(sg::cli::Context &ctx)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("manifest"), QStringLiteral("Manifest CID (or name@version) to access."),
                  QStringLiteral("CID") });
    p.addOption({ QStringLiteral("ttl"),
                  QStringLiteral("Token lifetime in seconds (default 300, at most 3600)."),
                  QStringLiteral("SECS") });
    p.addOption({ QStringLiteral("edge"),
                  QStringLiteral("Ask this edge (POST /v1/tokens) instead of the local home."),
                  QStringLiteral("URL") });
    p.addOption(
        { QStringLiteral("api-key"),
          QStringLiteral("Buyer API key (visible in ps: prefer --api-key-file or $SHARDGATE_API_KEY)."),
          QStringLiteral("KEY") });
    p.addOption({ QStringLiteral("api-key-file"),
                  QStringLiteral("Read the buyer API key from the first line of FILE."),
                  QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("job"), QStringLiteral("Job id: shards are billed once per job."),
                  QStringLiteral("ID") });
    p.addOption({ QStringLiteral("shards"),
                  QStringLiteral("Comma-separated shard CIDs the token covers (default all)."),
                  QStringLiteral("CIDS") });
    p.addOption({ QStringLiteral("uses"), QStringLiteral("Comma-separated uses (train, evaluate, ...)."),
                  QStringLiteral("USES") });
    p.addOption(
        { QStringLiteral("max-bytes"), QStringLiteral("Byte cap for the job."), QStringLiteral("N") });
    p.addOption(
        { QStringLiteral("max-requests"), QStringLiteral("Request cap for the job."), QStringLiteral("N") });
    p.addOption(
        { QStringLiteral("max-spend"),
          QStringLiteral("Spend cap for the job, e.g. 2.50 (reserved on the account until the job ends)."),
          QStringLiteral("AMOUNT") });
    if (!ctx.parse(
            p,
            QStringLiteral("Get an access token (JWT, EdDSA) for a published manifest.\n"
                           "  token --manifest CID [--ttl 300] [--edge URL]   prints the token\n"
                           "  token jwks                                     prints the JWKS that verifies "
                           "local tokens\n"
                           "  token rotate-key                               starts a new signing key"),
            QStringLiteral("[jwks|rotate-key]")))
        return ctx.exitCode();
    const QStringList args = p.positionalArguments();
    if (args.size() == 1 && args.first() == QLatin1String("jwks"))
        return printJwks(ctx);
    if (args.size() == 1 && args.first() == QLatin1String("rotate-key"))
        return rotate(ctx);
    if (!args.isEmpty())
        return ctx.fail(QStringLiteral("unexpected argument %1 (see --help)").arg(args.first()), 2);
    if (!p.isSet(QStringLiteral("manifest")))
        return ctx.fail(QStringLiteral("--manifest CID is required"), 2);

    sg::market::TokenRequest req;
    req.manifest = p.value(QStringLiteral("manifest"));
    if (p.isSet(QStringLiteral("ttl"))) {
        auto ttl = count(p, QStringLiteral("ttl"));
        if (!ttl || *ttl < 1)
            return ctx.fail(QStringLiteral("--ttl must be 1 to 3600 seconds"), 2);
        req.ttlSecs = *ttl;
    }
    req.job = p.value(QStringLiteral("job"));
    if (p.isSet(QStringLiteral("shards")))
        req.shards = p.value(QStringLiteral("shards")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.isSet(QStringLiteral("uses")))
        req.uses = p.value(QStringLiteral("uses")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const char *name : { "max-bytes", "max-requests" }) {
        if (!p.isSet(QLatin1String(name)))
            continue;
        auto v = count(p, QLatin1String(name));
        if (!v)
            return ctx.fail(v.error(), 2);
        (qstrcmp(name, "max-bytes") == 0 ? req.maxBytes : req.maxRequests) = *v;
    }
    if (p.isSet(QStringLiteral("max-spend"))) {
        auto v = sg::parseMoney(p.value(QStringLiteral("max-spend")));
        if (!v)
            return ctx.fail(QStringLiteral("--max-spend: %1").arg(v.errorString()), 2);
        req.maxSpend = *v;
    }
    auto key = apiKey(ctx, p);
    if (!key)
        return ctx.fail(key.error(), 2);
    req.apiKey = *key;

    QString token;
    qint64 expiresAt = 0;
    if (p.isSet(QStringLiteral("edge"))) {
        QJsonObject body { { QStringLiteral("manifest"), req.manifest } };
        if (req.ttlSecs)
            body.insert(QStringLiteral("ttl"), req.ttlSecs);
        if (!req.job.isEmpty())
            body.insert(QStringLiteral("job"), req.job);
        if (req.shards)
            body.insert(QStringLiteral("shards"), QJsonArray::fromStringList(*req.shards));
        if (!req.uses.isEmpty())
            body.insert(QStringLiteral("uses"), QJsonArray::fromStringList(req.uses));
        if (req.maxBytes)
            body.insert(QStringLiteral("maxBytes"), *req.maxBytes);
        if (req.maxRequests)
            body.insert(QStringLiteral("maxRequests"), *req.maxRequests);
        if (req.maxSpend)
            body.insert(QStringLiteral("maxSpend"), sg::formatMoney(*req.maxSpend));
        const auto reply = sg::cli::postToEdge(p.value(QStringLiteral("edge")), QStringLiteral("/v1/tokens"),
                                               body, req.apiKey.toUtf8());
        if (reply.status != 200 && reply.status != 201)
            return ctx.fail(
                QStringLiteral("the edge refused the token: %1").arg(sg::cli::describeReply(reply)));
        auto grant = sg::download::EdgeApi::parseTokenReply(reply.body);
        if (!grant)
            return ctx.fail(grant.error());
        token = QString::fromLatin1(grant->token);
        expiresAt = grant->expiresAtMs / 1000;
    } else {
        auto market = sg::cli::openMarket(ctx);
        if (!market)
            return ctx.fail(market.error());
        auto service = (*market)->tokens();
        if (!service)
            return ctx.fail(service.error());
        auto issued = (*service)->issue(req);
        if (!issued)
            return ctx.fail(issued.error());
        token = issued->token;
        expiresAt = issued->expiresAt;
    }
    if (ctx.json())
        ctx.printJson({ { QStringLiteral("token"), token },
                        { QStringLiteral("expiresAt"), sg::formatUtc(expiresAt) } });
    else
        ctx.print(token);
    return 0;
}

} // namespace

SG_CLI_COMMAND("token", "Get an access token for a published manifest (or print the JWKS)", tokenCommand)
