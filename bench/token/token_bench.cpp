// token_bench: access-token verification rate per core, cold (distinct tokens, full
// signature check) and cached (repeat tokens), with the ratio against OpenSSL's raw
// Ed25519 verify rate from `openssl speed -seconds N ed25519` run in the same go.
//
//   token_bench [--seconds N]        (default 3)

#include "common/clock.h"
#include "crypto/ed25519.h"
#include "token/issuer.h"
#include "token/keyring.h"
#include "token/verifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace sg;
using namespace sg::token;

namespace {

// Parses the "Ed25519" row of `openssl speed ed25519`: "... sign/s verify/s".
double opensslVerifyRate(int seconds, QString &rowOut)
{
    QProcess p;
    p.start(QStringLiteral("openssl"),
            { QStringLiteral("speed"), QStringLiteral("-seconds"), QString::number(seconds),
              QStringLiteral("ed25519") });
    if (!p.waitForFinished((seconds * 4 + 30) * 1000) || p.exitCode() != 0)
        return 0;
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (!line.contains(QLatin1String("Ed25519")) || !line.contains(QLatin1String("bits")))
            continue;
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() < 2)
            continue;
        bool ok = false;
        const double verify = fields.last().toDouble(&ok);
        if (ok) {
            rowOut = line.simplified();
            return verify;
        }
    }
    return 0;
}

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Rate
{
    double perCpuSecond = 0; // comparable with `openssl speed` (it divides by CPU time)
    double perWallSecond = 0;
};

// Runs step until this thread has used `seconds` of CPU (or 5x that in wall time on a
// busy machine) and returns operations per CPU second and per wall second.
template<typename F> Rate rate(double seconds, F &&step)
{
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = threadCpuSeconds();
    qint64 n = 0;
    double cpu = 0;
    while (true) {
        for (int i = 0; i < 64; ++i)
            step(n++);
        cpu = threadCpuSeconds() - cpu0;
        if (cpu >= seconds || wall.nsecsElapsed() >= qint64(5 * seconds * 1e9))
            break;
    }
    return Rate { double(n) / cpu, double(n) / (double(wall.nsecsElapsed()) / 1e9) };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int seconds = 3;
    const QStringList args = app.arguments();
    const int at = args.indexOf(QStringLiteral("--seconds"));
    if (at > 0 && at + 1 < args.size())
        seconds = qMax(1, args.at(at + 1).toInt());
    QTextStream out(stdout);

    ManualClock clock(1767225600000);
    auto ring = std::make_shared<TokenKeyring>(crypto::Ed25519PrivateKey::generate());
    TokenIssuer issuer(ring, &clock, QStringLiteral("https://edge.example.test"),
                       QStringLiteral("shardgate-edge"));
    TokenClaims claims;
    claims.sub = QStringLiteral("buyer-42");
    claims.mf = QStringLiteral("bafkreiejgm54ohycyzdvgovvfzmsvurmmclsr4jovp7w7wqjeaij3naeae");
    claims.lic = QStringLiteral("bafkreicp2sx47qwvuddmkaxuuocqc52usqqjc5p2hlzysbellr6xiwvrdq");
    claims.job = QStringLiteral("job-7");
    claims.shards = { QStringLiteral("bafkreif2pall7dybz7vecqka3zo24irdwabwdi4wc55jznaq75q7eaavvu"),
                      QStringLiteral("bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4") };
    claims.uses = { QStringLiteral("train"), QStringLiteral("evaluate") };
    claims.maxBytes = 1073741824;
    claims.maxRequests = 1000;
    claims.maxSpend = 2500000;
    claims.maxSpendCurrency = QStringLiteral("USD");

    // Distinct tokens (different jti) so the cold pass never hits a cache.
    constexpr int kTokens = 4096;
    QList<QByteArray> tokens;
    tokens.reserve(kTokens);
    for (int i = 0; i < kTokens; ++i)
        tokens.append(issuer.issue(claims, 3600)->token.toLatin1());

    VerifierOptions options;
    options.issuer = QStringLiteral("https://edge.example.test");
    options.audience = QStringLiteral("shardgate-edge");
    options.cacheCapacity = 65536;
    TokenVerifier verifier(ring, &clock, options);

    out << "token_bench: " << kTokens << " distinct EdDSA tokens of " << tokens.first().size() << " bytes, "
        << seconds << " s per measurement, 1 thread\n";
    out.flush();

    // Reference first, on an idle process.
    QString row;
    const double opensslRate = opensslVerifyRate(seconds, row);

    int failures = 0;
    const Rate cold = rate(seconds, [&](qint64 i) {
        if (!verifier.verifyUncached(tokens.at(int(i % kTokens))).ok())
            ++failures;
    });
    const auto pub = ring->find(ring->activeKid(), 0);
    const QByteArray input = tokens.first().left(tokens.first().lastIndexOf('.'));
    const QByteArray sig = ring->activeKey().sign(input);
    const Rate raw = rate(seconds, [&](qint64) {
        if (!pub->verify(input, sig))
            ++failures;
    });
    for (const QByteArray &t : tokens)
        (void)verifier.verifyShared(t);
    const Rate cachedShared = rate(seconds, [&](qint64 i) {
        if (!verifier.verifyShared(tokens.at(int(i % kTokens))).ok())
            ++failures;
    });
    const Rate cachedCopy = rate(seconds, [&](qint64 i) {
        if (!verifier.verify(tokens.at(int(i % kTokens))).ok())
            ++failures;
    });
    // A small hot set (a few busy jobs re-presenting their tokens): the table and the
    // tokens stay in the CPU caches.
    constexpr int kHot = 64;
    const Rate cachedHot = rate(seconds, [&](qint64 i) {
        if (!verifier.verifyShared(tokens.at(int(i % kHot))).ok())
            ++failures;
    });

    if (opensslRate > 0)
        out << "openssl speed: " << row << "   (openssl divides by CPU time)\n";
    else
        out << "openssl speed ed25519 could not be run or parsed; ratios omitted\n";
    auto ratio = [&](double v) {
        return opensslRate > 0 ? QStringLiteral("%1x").arg(v / opensslRate, 0, 'f', 2) : QStringLiteral("-");
    };
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("measurement"), -44)
               .arg(QStringLiteral("per CPU s"), 12)
               .arg(QStringLiteral("vs openssl"), 11)
               .arg(QStringLiteral("per wall s"), 12);
    auto line = [&](const char *what, Rate r) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(QLatin1String(what), -44)
                   .arg(r.perCpuSecond, 12, 'f', 0)
                   .arg(ratio(r.perCpuSecond), 11)
                   .arg(r.perWallSecond, 12, 'f', 0);
    };
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("openssl speed ed25519 verify"), -44)
               .arg(opensslRate, 12, 'f', 0)
               .arg(QStringLiteral("1.00x"), 11);
    line("Ed25519PublicKey::verify (raw, ours)", raw);
    line("cold token verification (verifyUncached)", cold);
    line("cached, 4096 tokens rotating (verifyShared)", cachedShared);
    line("cached, 64 hot tokens (verifyShared)", cachedHot);
    line("cached, 4096 tokens rotating (verify, copy)", cachedCopy);
    out << "targets (per CPU second): cold >= 0.80x openssl verify -> "
        << (opensslRate > 0 && cold.perCpuSecond >= 0.8 * opensslRate ? "met" : "NOT met")
        << "; cached >= 1000000/s -> 4096 rotating: "
        << (cachedShared.perCpuSecond >= 1e6 ? "met" : "NOT met")
        << ", 64 hot: " << (cachedHot.perCpuSecond >= 1e6 ? "met" : "NOT met") << "\n";
    out << "cache: " << verifier.cache().size() << " entries, " << verifier.cache().hits() << " hits\n";
    if (failures) {
        out << "ERROR: " << failures << " verifications failed\n";
        return 1;
    }
    return 0;
}
