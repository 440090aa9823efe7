#include "crypto/encoding.h"
#include "crypto/sha256.h"
#include "testsupport.h"
#include "vectorinput.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/evp.h>

using namespace sg;
using namespace sg::crypto;

namespace {

// OpenSSL's one-shot digest, called directly: an implementation independent of Sha256's own
// SHA-NI engine.
QByteArray opensslDigest(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    const char empty = 0;
    EVP_Digest(data.isEmpty() ? &empty : data.data(), size_t(data.size()),
               reinterpret_cast<unsigned char *>(out.data()), &len, EVP_sha256(), nullptr);
    return out;
}

} // namespace

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        const QJsonArray cases
            = test::loadVector(QStringLiteral("cid.json")).value(QStringLiteral("cases")).toArray();
        QVERIFY(cases.size() >= 6);
        for (const auto &v : cases) {
            const QJsonObject c = v.toObject();
            QTest::newRow(qPrintable(c.value(QStringLiteral("name")).toString()))
                << test::cidVectorInput(c.value(QStringLiteral("input")).toObject())
                << test::fromHex(c.value(QStringLiteral("sha256")).toString());
        }
    }
    void vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(digest.size(), Sha256::kDigestSize);
        QCOMPARE(Sha256::hash(input), digest);

        // Streaming in uneven pieces gives the same digest; result() resets the object.
        Sha256 h;
        qsizetype pos = 0;
        qsizetype step = 1;
        while (pos < input.size()) {
            const qsizetype n = qMin(step, input.size() - pos);
            h.add(QByteArrayView(input).sliced(pos, n));
            pos += n;
            step = step * 3 + 7;
        }
        QCOMPARE(h.result(), digest);
        h.add(input);
        QCOMPARE(h.result(), digest);

        // Whole file, bounded buffer (the 4 MiB input spans several buffers).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("input.bin"));
        QVERIFY(test::writeFile(path, input));
        const auto fileDigest = Sha256::hashFile(path);
        QVERIFY2(fileDigest.ok(), qPrintable(fileDigest.errorString()));
        QCOMPARE(*fileDigest, digest);
    }

    void movedObjectStillWorks()
    {
        Sha256 a;
        a.add("ab", 2);
        Sha256 b(std::move(a));
        b.add("c", 1);
        // FIPS 180-2 "abc"
        QCOMPARE(hexEncode(b.result()),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void engineIsTheOneAskedFor()
    {
        // SHARDGATE_SHA256=openssl (this test's second ctest run) picks OpenSSL; otherwise
        // SHA-NI exactly when the CPU says it has it.
        if (qEnvironmentVariable("SHARDGATE_SHA256") == QLatin1String("openssl")) {
            QCOMPARE(Sha256::engineName(), "openssl");
            return;
        }
        QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
        if (!cpuinfo.open(QIODevice::ReadOnly))
            QSKIP("no /proc/cpuinfo to compare with");
        const QByteArray info = cpuinfo.readAll();
        const bool shaNi = info.contains(" sha_ni") && info.contains(" sse4_1") && info.contains(" ssse3");
        QCOMPARE(Sha256::engineName(), shaNi ? "sha-ni" : "openssl");
    }

    void addTwoGivesBothDigests()
    {
        // Two messages fed together in pieces of many sizes, each starting with a partial
        // block or none, give the digests OpenSSL computes for each alone.
        QRandomGenerator rng(20261125);
        QByteArray pool(1 << 20, Qt::Uninitialized);
        for (char &c : pool)
            c = char(rng.bounded(256));
        const QList<qsizetype> sizes = { 0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 4096, 65536 + 17, 300000 };
        int cases = 0;
        for (qsizetype headA : { 0, 3, 63 }) {
            for (qsizetype headB : { 0, 40 }) {
                for (qsizetype sizeA : sizes) {
                    for (qsizetype sizeB : sizes) {
                        const QByteArrayView a
                            = QByteArrayView(pool).sliced(rng.bounded(1000), headA + sizeA);
                        const QByteArrayView b
                            = QByteArrayView(pool).sliced(rng.bounded(1000), headB + sizeB);
                        Sha256 ha;
                        Sha256 hb;
                        ha.add(a.first(headA));
                        hb.add(b.first(headB));
                        // The second half in a further addTwo call, from wherever the first left off.
                        const qsizetype midA = headA + sizeA / 2;
                        const qsizetype midB = headB + sizeB / 3;
                        Sha256::addTwo(ha, a.sliced(headA, midA - headA), hb, b.sliced(headB, midB - headB));
                        Sha256::addTwo(ha, a.sliced(midA), hb, b.sliced(midB));
                        QCOMPARE(ha.result(), opensslDigest(a));
                        QCOMPARE(hb.result(), opensslDigest(b));
                        ++cases;
                    }
                }
            }
        }
        QCOMPARE(cases, 3 * 2 * 13 * 13);

        // The same bytes in both streams (a shard's CID and its file's sha256).
        Sha256 cid;
        Sha256 file;
        file.add(QByteArrayView(pool).first(100));
        Sha256::addTwo(cid, QByteArrayView(pool).sliced(100), file, QByteArrayView(pool).sliced(100));
        QCOMPARE(cid.result(), opensslDigest(QByteArrayView(pool).sliced(100)));
        QCOMPARE(file.result(), opensslDigest(pool));
        // result() reset both for a new message.
        Sha256::addTwo(cid, "ab", file, "abc");
        QCOMPARE(cid.result(), opensslDigest("ab"));
        QCOMPARE(hexEncode(file.result()),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void longMessage()
    {
        // FIPS 180-2 appendix B.3: one million 'a', fed in odd pieces (length counts past 2^20
        // bytes and a padding block of its own).
        const QByteArray a(1000000, 'a');
        Sha256 h;
        for (qsizetype at = 0; at < a.size(); at += 9973)
            h.add(QByteArrayView(a).sliced(at, qMin<qsizetype>(9973, a.size() - at)));
        QCOMPARE(hexEncode(h.result()),
                 QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const auto r = Sha256::hashFile(dir.filePath(QStringLiteral("nope.bin")));
        QVERIFY(!r.ok());
        QVERIFY(r.errorString().contains(QLatin1String("nope.bin")));
        QCOMPARE(r.errorCode(), QStringLiteral("io"));
    }

    void directoryIsAnError()
    {
        QTemporaryDir dir;
        const auto r = Sha256::hashFile(dir.path());
        QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
