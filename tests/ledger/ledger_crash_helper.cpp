// Test helper for tst_ledger_crash: appends receipts to <home>/ledger.sqlite as fast as
// it can until killed. Prints "base <size>" once the log is open, then "ack <seq>" for
// every receipt after its group commit (the writer's acknowledgement), flushed at once.
// Receipt k of run r has fixed content (see expectedReceipt in tst_ledger_crash.cpp).

#include "ledger/ledger.h"

#include <QCoreApplication>

#include <cstdio>
#include <mutex>

using namespace sg::ledger;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: ledger_crash_helper HOME RUN\n");
        return 2;
    }
    const QString home = QString::fromLocal8Bit(argv[1]);
    const int run = QString::fromLatin1(argv[2]).toInt();
    LedgerOptions o = LedgerOptions::forHome(home);
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
    for (qint64 k = 0;; ++k) {
        Receipt r;
        r.timeMs = 1767225600000 + k;
        r.buyer = QStringLiteral("buyer-%1").arg(run);
        r.creator = QStringLiteral("creator-%1").arg(k % 3);
        r.jti = QStringLiteral("r%1-k%2").arg(run).arg(k);
        r.bytes = k;
        r.charge = (k % 3) * 100;
        r.kind = kind::access;
        auto a = (*ledger)->append(r, [&out](const sg::Result<Appended> &res) {
            if (!res.ok())
                return;
            std::lock_guard lk(out);
            std::printf("ack %lld\n", static_cast<long long>(res->seq));
            std::fflush(stdout);
        });
        if (!a.ok()) {
            std::fprintf(stderr, "append: %s\n", qPrintable(a.errorString()));
            return 1;
        }
    }
}
