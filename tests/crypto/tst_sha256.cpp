#include "crypto/encoding.h"
#include "crypto/sha256.h"
#include "testsupport.h"
#include "vectorinput.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace sg;
using namespace sg::crypto;

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
