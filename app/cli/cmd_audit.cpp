// shardgate-cli audit bill: recompute every buyer's charges and every creator's payout
// from the verified receipt log alone, and compare them with the market's books.

#include "audit/auditstore.h"
#include "audit/bill.h"
#include "audit/logsource.h"
#include "audit/logverify.h"
#include "command.h"
#include "common/fileutil.h"
#include "common/money.h"
#include "ledger/note.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace sg;

namespace {

// True when the edge's log is signed with this home's log key (the edge runs on this home).
bool edgeLogIsThisHomes(const QString &home, audit::LogSource &edgeLog)
{
    auto signerKey = readFile(home + QStringLiteral("/keys/ledger.note.key"), 4096);
    if (!signerKey.ok())
        return false;
    auto signer = ledger::NoteSigner::fromSignerKey(QString::fromUtf8(*signerKey).trimmed());
    auto edgeKey = edgeLog.verifierKey();
    return signer.ok() && edgeKey.ok() && signer->verifier().verifierKey() == edgeKey->trimmed();
}

int auditCommand(cli::Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("bill"));
    p.addOption({ QStringLiteral("edge"),
                  QStringLiteral("Audit the log of the edge at URL instead of --home."),
                  QStringLiteral("URL") });
    p.addOption({ QStringLiteral("vkey"), QStringLiteral("Pin the log's verifier key (text or file)."),
                  QStringLiteral("VKEY") });
    p.addOption(
        { QStringLiteral("market-db"),
          QStringLiteral(
              "Compare with this market's books: a market.sqlite FILE or a postgresql:// URL "
              "(default: --db / $SHARDGATE_DB when set, else <home>/market.sqlite when present and the log "
              "is this home's, also over --edge)."),
          QStringLiteral("FILE|URL") });
    if (!ctx.parse(
            p,
            QStringLiteral("Recompute bills and payouts from the receipt log and compare them with the "
                           "market's account books."),
            QStringLiteral("bill [--edge URL] [--market-db FILE|URL]")))
        return ctx.exitCode();
    const QStringList args = p.positionalArguments();
    if (args.value(0) != QLatin1String("bill"))
        return ctx.fail(QStringLiteral("usage: shardgate-cli audit bill [--edge URL] [--market-db FILE|URL]"),
                        2);

    QString vkey;
    if (p.isSet(QStringLiteral("vkey"))) {
        vkey = p.value(QStringLiteral("vkey"));
        if (QFileInfo(vkey).isFile()) {
            auto text = readFile(vkey, 4096);
            if (!text.ok())
                return ctx.fail(text.error());
            vkey = QString::fromUtf8(*text).trimmed();
        }
    }
    Result<std::unique_ptr<audit::LogSource>> source = p.isSet(QStringLiteral("edge"))
        ? Result<std::unique_ptr<audit::LogSource>>(audit::openEdgeLog(QUrl(p.value(QStringLiteral("edge")))))
        : audit::openLocalLog(ctx.home(), ctx.db());
    if (!source.ok())
        return ctx.fail(source.error());
    if (!ctx.paths().ensure())
        return ctx.fail(QStringLiteral("cannot create the home folder %1").arg(ctx.home()));
    auto store = audit::AuditStore::open(ctx.paths().auditDb());
    if (!store.ok())
        return ctx.fail(store.error());

    audit::Bill bill;
    audit::LogVerifyOptions options;
    options.verifierKey = vkey;
    options.store = store->get();
    options.visit = [&bill](const ledger::Receipt &r) { bill.add(r); };
    auto report = audit::verifyLog(**source, options);
    if (!report.ok())
        return ctx.fail(QStringLiteral("the receipt log does not verify, so no bill can be trusted: ")
                        + report.errorString());

    // The market's books: explicit file, or the home's market when auditing locally or the
    // edge's log is this home's own (its verifier key is the one of this home's log key).
    QString marketPath = p.value(QStringLiteral("market-db"));
    if (marketPath.isEmpty())
        marketPath = ctx.db(); // a shared market on PostgreSQL
    bool homeBooks = false;
    if (marketPath.isEmpty() && QFileInfo::exists(ctx.paths().marketDb())
        && (!p.isSet(QStringLiteral("edge")) || edgeLogIsThisHomes(ctx.home(), **source))) {
        marketPath = ctx.paths().marketDb();
        homeBooks = p.isSet(QStringLiteral("edge"));
    }
    QList<audit::BillMismatch> mismatches;
    bool compared = false;
    if (!marketPath.isEmpty()) {
        auto totals = audit::readMarketTotals(marketPath);
        if (!totals.ok())
            return ctx.fail(totals.error());
        mismatches = audit::compareBill(bill, *totals);
        compared = true;
    }

    if (ctx.json()) {
        QJsonArray buyers, creators, bad;
        for (auto it = bill.buyerCharges.cbegin(); it != bill.buyerCharges.cend(); ++it)
            buyers.append(QJsonObject { { QStringLiteral("buyer"), it.key() },
                                        { QStringLiteral("charged"), formatMoney(it.value()) },
                                        { QStringLiteral("receipts"), bill.buyerReceipts.value(it.key()) } });
        for (auto it = bill.creatorPayouts.cbegin(); it != bill.creatorPayouts.cend(); ++it)
            creators.append(QJsonObject { { QStringLiteral("creator"), it.key() },
                                          { QStringLiteral("payout"), formatMoney(it.value()) } });
        for (const audit::BillMismatch &m : std::as_const(mismatches))
            bad.append(QJsonObject { { QStringLiteral("role"), m.role },
                                     { QStringLiteral("account"), m.account },
                                     { QStringLiteral("fromReceipts"), formatMoney(m.fromReceipts) },
                                     { QStringLiteral("market"), formatMoney(m.market) } });
        ctx.printJson({ { QStringLiteral("size"), report->size },
                        { QStringLiteral("total"), formatMoney(bill.total) },
                        { QStringLiteral("buyers"), buyers },
                        { QStringLiteral("creators"), creators },
                        { QStringLiteral("comparedWithMarket"), compared },
                        { QStringLiteral("mismatches"), bad } });
    } else {
        ctx.print(QStringLiteral("receipt log %1: %2 receipts verified, total charged %3")
                      .arg(report->origin)
                      .arg(report->size)
                      .arg(formatMoney(bill.total)));
        for (auto it = bill.buyerCharges.cbegin(); it != bill.buyerCharges.cend(); ++it)
            ctx.print(QStringLiteral("buyer    %1  %2  (%3 receipts)")
                          .arg(it.key(), formatMoney(it.value()))
                          .arg(bill.buyerReceipts.value(it.key())));
        for (auto it = bill.creatorPayouts.cbegin(); it != bill.creatorPayouts.cend(); ++it)
            ctx.print(QStringLiteral("creator  %1  %2").arg(it.key(), formatMoney(it.value())));
        for (const audit::BillMismatch &m : std::as_const(mismatches))
            ctx.print(QStringLiteral("MISMATCH %1 %2: receipts say %3, market says %4")
                          .arg(m.role, m.account, formatMoney(m.fromReceipts), formatMoney(m.market)));
        if (!compared)
            ctx.print(QStringLiteral("(no market database to compare with; pass --market-db FILE|URL)"));
        else if (homeBooks)
            ctx.print(QStringLiteral("(compared with this home's market: the edge's log is this home's)"));
    }
    if (!mismatches.isEmpty())
        return ctx.fail(QStringLiteral("%1 account(s) differ between the receipts and the market")
                            .arg(mismatches.size()));
    return 0;
}

} // namespace

SG_CLI_COMMAND("audit", "Recompute bills and payouts from the receipt log (audit bill)", auditCommand)
