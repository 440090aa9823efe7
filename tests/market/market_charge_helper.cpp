// Not a test: one "edge process" for tst_shared_store. Opens the market on a shared store
// and charges a buyer for COUNT distinct shards as fast as it can, then prints
// "charged=A insufficient=B other=C" (and the other errors on stderr).
//
//   market_charge_helper HOME DB_URL BUYER PREFIX COUNT AMOUNT

#include "market/market.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 7) {
        std::fprintf(stderr, "usage: market_charge_helper HOME DB_URL BUYER PREFIX COUNT AMOUNT\n");
        return 2;
    }
    sg::market::MarketOptions o;
    o.home = a.at(1);
    o.dbUrl = a.at(2);
    auto market = sg::market::Market::open(o);
    if (!market) {
        std::fprintf(stderr, "%s\n", qPrintable(market.errorString()));
        return 1;
    }
    int charged = 0, insufficient = 0, other = 0;
    const int count = a.at(5).toInt();
    for (int i = 0; i < count; ++i) {
        sg::market::ChargeRequest r;
        r.buyer = a.at(3);
        r.job = QStringLiteral("job-") + a.at(4);
        r.shard = QStringLiteral("%1-shard-%2").arg(a.at(4)).arg(i);
        r.manifest = QStringLiteral("manifest");
        r.creator = QStringLiteral("creator");
        r.amount = a.at(6).toLongLong();
        r.currency = QStringLiteral("USD");
        auto c = (*market)->accounts().charge(r);
        if (c && c->charged)
            ++charged;
        else if (!c && c.errorCode() == sg::market::AccountErrors::kInsufficient)
            ++insufficient;
        else {
            ++other;
            std::fprintf(stderr, "%s\n", c ? "not charged" : qPrintable(c.errorString()));
        }
    }
    std::printf("charged=%d insufficient=%d other=%d\n", charged, insufficient, other);
    return 0;
}
