// Test helper for tst_ledger_crash: appends receipts to <home>/ledger.sqlite as fast as
// it can until killed. Prints "base <size>" once the log is open, then "ack <seq>" for
// every receipt after its group commit (the writer's acknowledgement), flushed at once.
// Receipt k of run r has fixed content (see expectedReceipt in tst_ledger_crash.cpp).
//
// With a URL (tst_ledger_pg) the log is the shared one on PostgreSQL: acks then read
// "ack <seq> <hex leaf hash>" (numbers are assigned at COMMIT), and with COUNT the helper
// appends that many receipts, flushes and exits 0.

#include "ledger/ledger.h"

#include <QCoreApplication>

#include <cstdio>
#include <mutex>

using namespace sg::ledger;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3 || argc > 5) {
        std::fprintf(stderr, "usage: ledger_crash_helper HOME RUN [URL [COUNT]]\n");
        return 2;
    }
    const QString home = QString::fromLocal8Bit(argv[1]);
    const int run = QString::fromLatin1(argv[2]).toInt();
    const QString url = argc >= 4 ? QString::fromLocal8Bit(argv[3]) : QString();
    const qint64 count = argc >= 5 ? QString::fromLatin1(argv[4]).toLongLong() : -1;
    LedgerOptions o = LedgerOptions::forHome(home, url);
    o.origin = QStringLiteral("crash.test/log");
    o.reserveBlock = 4096;
    o.maxBatch = 2048;
    auto ledger = Ledger::open(o);
    if (!ledger.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(ledger.errorString()));
        return 1;
    }
    std::printf("base %lld\n", static_cast<long long>((*ledger)->size()));
    std::fflush(stdout);
    std::mutex out;
    const bool withHash = !url.isEmpty();
    for (qint64 k = 0; count < 0 || k < count; ++k) {
        Receipt r;
        r.timeMs = 1767225600000 + k;
        r.buyer = QStringLiteral("buyer-%1").arg(run);
        r.creator = QStringLiteral("creator-%1").arg(k % 3);
        r.jti = QStringLiteral("r%1-k%2").arg(run).arg(k);
        r.bytes = k;
        r.charge = (k % 3) * 100;
        r.kind = kind::access;
        auto a = (*ledger)->append(r, [&out, withHash](const sg::Result<Appended> &res) {
            if (!res.ok())
                return;
            std::lock_guard lk(out);
            if (withHash)
                std::printf("ack %lld %s\n", static_cast<long long>(res->seq),
                            res->leafHash.toHex().constData());
            else
                std::printf("ack %lld\n", static_cast<long long>(res->seq));
            std::fflush(stdout);
        });
        if (!a.ok()) {
            std::fprintf(stderr, "append: %s\n", qPrintable(a.errorString()));
            return 1;
        }
    }
    if (auto st = (*ledger)->flush(); !st.ok()) {
        std::fprintf(stderr, "flush: %s\n", qPrintable(st.errorString()));
        return 1;
    }
    return 0;
}
