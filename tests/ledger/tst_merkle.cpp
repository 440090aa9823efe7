// RFC 6962 hashing, proofs and verification against shared/vectors/merkle_rfc6962.json
// (Go sumdb/tlog), plus seeded property tests on random sizes.

#include "ledger/merkle.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace sg::ledger;
using sg::Status;
using sg::test::fromHex;
using sg::test::loadVector;

namespace {

QList<QByteArray> hexList(const QJsonValue &v)
{
    QList<QByteArray> out;
    for (const QJsonValue &h : v.toArray())
        out.append(fromHex(h.toString()));
    return out;
}

QByteArray bigEndian8(qint64 i)
{
    QByteArray b(8, 0);
    qToBigEndian<quint64>(quint64(i), b.data());
    return b;
}

} // namespace

class TstMerkle : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_v;
    MemoryTree m_tree8;

private Q_SLOTS:
    void initTestCase()
    {
        m_v = loadVector(QStringLiteral("merkle_rfc6962.json"));
        for (const QJsonValue &l : m_v.value(QStringLiteral("leaves")).toArray())
            m_tree8.appendLeaf(fromHex(l.toObject().value(QStringLiteral("dataHex")).toString()));
        QCOMPARE(m_tree8.size(), 8);
    }

    void leafHashes()
    {
        for (const QJsonValue &l : m_v.value(QStringLiteral("leaves")).toArray()) {
            const QJsonObject o = l.toObject();
            QCOMPARE(leafHash(fromHex(o.value(QStringLiteral("dataHex")).toString())).toHex(),
                     o.value(QStringLiteral("leafHash")).toString().toLatin1());
        }
    }

    void roots()
    {
        const QJsonArray roots = m_v.value(QStringLiteral("roots")).toArray();
        QCOMPARE(roots.size(), 9);
        for (const QJsonValue &r : roots) {
            const QJsonObject o = r.toObject();
            const qint64 size = o.value(QStringLiteral("size")).toInteger();
            auto root = treeHash(size, m_tree8);
            QVERIFY2(root.ok(), qPrintable(root.errorString()));
            QCOMPARE(root->toHex(), o.value(QStringLiteral("root")).toString().toLatin1());
            // Streaming root agrees.
            CompactRange range;
            for (qint64 i = 0; i < size; ++i)
                range.appendLeafHash(m_tree8.readHashes({ storedHashIndex(0, i) })->first());
            QCOMPARE(range.root().toHex(), o.value(QStringLiteral("root")).toString().toLatin1());
        }
    }

    void storedHashLayout()
    {
        // Every stored index splits back into its (level, n).
        for (qint64 i = 0; i < 5000; ++i) {
            int level = 0;
            qint64 n = 0;
            splitStoredHashIndex(i, &level, &n);
            QCOMPARE(storedHashIndex(level, n), i);
        }
        QCOMPARE(storedHashCount(8), 15);
        QCOMPARE(storedHashCount(1), 1);
        QCOMPARE(storedHashCount(0), 0);
    }

    void inclusion()
    {
        const QJsonArray cases = m_v.value(QStringLiteral("inclusion")).toArray();
        QCOMPARE(cases.size(), 36);
        for (const QJsonValue &c : cases) {
            const QJsonObject o = c.toObject();
            const qint64 index = o.value(QStringLiteral("index")).toInteger();
            const qint64 size = o.value(QStringLiteral("size")).toInteger();
            const QList<QByteArray> expected = hexList(o.value(QStringLiteral("proof")));
            auto proof = inclusionProof(index, size, m_tree8);
            QVERIFY2(proof.ok(), qPrintable(proof.errorString()));
            QCOMPARE(*proof, expected);
            const Status st
                = verifyInclusion(index, size, fromHex(o.value(QStringLiteral("leafHash")).toString()),
                                  expected, fromHex(o.value(QStringLiteral("root")).toString()));
            QVERIFY2(st.ok(), qPrintable(st.errorString()));
        }
    }

    void consistency()
    {
        const QJsonArray cases = m_v.value(QStringLiteral("consistency")).toArray();
        QCOMPARE(cases.size(), 36);
        for (const QJsonValue &c : cases) {
            const QJsonObject o = c.toObject();
            const qint64 oldSize = o.value(QStringLiteral("old")).toInteger();
            const qint64 newSize = o.value(QStringLiteral("new")).toInteger();
            const QList<QByteArray> expected = hexList(o.value(QStringLiteral("proof")));
            auto proof = consistencyProof(oldSize, newSize, m_tree8);
            QVERIFY2(proof.ok(), qPrintable(proof.errorString()));
            QCOMPARE(*proof, expected);
            const Status st
                = verifyConsistency(oldSize, newSize, fromHex(o.value(QStringLiteral("oldRoot")).toString()),
                                    fromHex(o.value(QStringLiteral("newRoot")).toString()), expected);
            QVERIFY2(st.ok(), qPrintable(st.errorString()));
        }
    }

    void invalidInclusion_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = m_v.value(QStringLiteral("invalidInclusion")).toArray();
        QVERIFY(cases.size() >= 13);
        for (const QJsonValue &c : cases)
            QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("name")).toString())) << c.toObject();
    }
    void invalidInclusion()
    {
        QFETCH(QJsonObject, c);
        QCOMPARE(c.value(QStringLiteral("valid")).toBool(), false);
        const Status st = verifyInclusion(
            c.value(QStringLiteral("index")).toInteger(), c.value(QStringLiteral("size")).toInteger(),
            fromHex(c.value(QStringLiteral("leafHash")).toString()),
            hexList(c.value(QStringLiteral("proof"))), fromHex(c.value(QStringLiteral("root")).toString()));
        QVERIFY(!st.ok());
        QCOMPARE(st.errorCode(), QStringLiteral("proof"));
    }

    void invalidConsistency_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = m_v.value(QStringLiteral("invalidConsistency")).toArray();
        QVERIFY(cases.size() >= 12);
        for (const QJsonValue &c : cases)
            QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("name")).toString())) << c.toObject();
    }
    void invalidConsistency()
    {
        QFETCH(QJsonObject, c);
        QCOMPARE(c.value(QStringLiteral("valid")).toBool(), false);
        const Status st = verifyConsistency(c.value(QStringLiteral("old")).toInteger(),
                                            c.value(QStringLiteral("new")).toInteger(),
                                            fromHex(c.value(QStringLiteral("oldRoot")).toString()),
                                            fromHex(c.value(QStringLiteral("newRoot")).toString()),
                                            hexList(c.value(QStringLiteral("proof"))));
        QVERIFY(!st.ok());
    }

    void largeTree()
    {
        const QJsonObject large = m_v.value(QStringLiteral("large")).toObject();
        MemoryTree tree;
        for (qint64 i = 0; i < large.value(QStringLiteral("count")).toInteger(); ++i)
            tree.appendLeaf(bigEndian8(i));
        QCOMPARE(tree.size(), 1000);
        QMap<qint64, QByteArray> roots;
        for (const QJsonValue &r : large.value(QStringLiteral("roots")).toArray()) {
            const QJsonObject o = r.toObject();
            const qint64 size = o.value(QStringLiteral("size")).toInteger();
            roots.insert(size, fromHex(o.value(QStringLiteral("root")).toString()));
            QCOMPARE(treeHash(size, tree)->toHex(), o.value(QStringLiteral("root")).toString().toLatin1());
        }
        QCOMPARE(roots.size(), 9);
        const QJsonArray incl = large.value(QStringLiteral("inclusion")).toArray();
        QCOMPARE(incl.size(), 3);
        for (const QJsonValue &c : incl) {
            const QJsonObject o = c.toObject();
            const qint64 index = o.value(QStringLiteral("index")).toInteger();
            const qint64 size = o.value(QStringLiteral("size")).toInteger();
            QCOMPARE(*inclusionProof(index, size, tree), hexList(o.value(QStringLiteral("proof"))));
            QVERIFY(verifyInclusion(index, size, fromHex(o.value(QStringLiteral("leafHash")).toString()),
                                    hexList(o.value(QStringLiteral("proof"))),
                                    fromHex(o.value(QStringLiteral("root")).toString()))
                        .ok());
        }
        const QJsonArray cons = large.value(QStringLiteral("consistency")).toArray();
        QCOMPARE(cons.size(), 5);
        for (const QJsonValue &c : cons) {
            const QJsonObject o = c.toObject();
            const qint64 oldSize = o.value(QStringLiteral("old")).toInteger();
            const qint64 newSize = o.value(QStringLiteral("new")).toInteger();
            QCOMPARE(*consistencyProof(oldSize, newSize, tree), hexList(o.value(QStringLiteral("proof"))));
            QVERIFY(verifyConsistency(oldSize, newSize,
                                      fromHex(o.value(QStringLiteral("oldRoot")).toString()),
                                      fromHex(o.value(QStringLiteral("newRoot")).toString()),
                                      hexList(o.value(QStringLiteral("proof"))))
                        .ok());
        }
    }

    // Random sizes up to 10,000: every proof checked against an independently computed
    // root verifies; a flipped bit, a dropped or added hash, or a wrong index fails.
    void properties()
    {
        QRandomGenerator rng(6962);
        MemoryTree tree;
        tree.reserve(10000);
        for (qint64 i = 0; i < 10000; ++i)
            tree.appendLeaf(bigEndian8(i * 7919));
        // Reference roots by the plain RFC 6962 recursion over leaf hashes.
        QList<QByteArray> leaves;
        for (qint64 i = 0; i < 10000; ++i)
            leaves.append(leafHash(bigEndian8(i * 7919)));
        std::function<QByteArray(qint64, qint64)> mth = [&](qint64 lo, qint64 hi) -> QByteArray {
            if (hi - lo == 1)
                return leaves.at(lo);
            qint64 k = 1;
            while (k * 2 < hi - lo)
                k *= 2;
            return nodeHash(mth(lo, lo + k), mth(lo + k, hi));
        };
        QList<qint64> sizes { 1, 2, 3, 255, 256, 257, 1023, 1024, 1025, 9999, 10000 };
        for (int i = 0; i < 25; ++i)
            sizes.append(1 + rng.bounded(10000));
        for (qint64 size : std::as_const(sizes)) {
            const QByteArray root = mth(0, size);
            QCOMPARE(*treeHash(size, tree), root);
            for (int k = 0; k < 20; ++k) {
                const qint64 index = rng.bounded(size);
                auto proof = inclusionProof(index, size, tree);
                QVERIFY(proof.ok());
                const QByteArray leaf = leaves.at(index);
                QVERIFY2(verifyInclusion(index, size, leaf, *proof, root).ok(),
                         qPrintable(QString::number(size)));
                if (!proof->isEmpty()) {
                    QList<QByteArray> bad = *proof;
                    const int which = rng.bounded(int(bad.size()));
                    bad[which][rng.bounded(32)] ^= char(1 << rng.bounded(8));
                    QVERIFY(!verifyInclusion(index, size, leaf, bad, root).ok());
                    QVERIFY(!verifyInclusion(index, size, leaf, proof->mid(0, proof->size() - 1), root).ok());
                }
                QVERIFY(!verifyInclusion(index, size, leaf, *proof + QList<QByteArray> { root }, root).ok());
                if (size > 1)
                    QVERIFY(!verifyInclusion((index + 1) % size, size, leaf, *proof, root).ok());
            }
            for (int k = 0; k < 20; ++k) {
                const qint64 oldSize = 1 + rng.bounded(size);
                const QByteArray oldRoot = mth(0, oldSize);
                auto proof = consistencyProof(oldSize, size, tree);
                QVERIFY(proof.ok());
                QVERIFY2(verifyConsistency(oldSize, size, oldRoot, root, *proof).ok(),
                         qPrintable(QStringLiteral("%1 -> %2").arg(oldSize).arg(size)));
                if (!proof->isEmpty()) {
                    QList<QByteArray> bad = *proof;
                    bad[rng.bounded(int(bad.size()))][rng.bounded(32)] ^= 0x40;
                    QVERIFY(!verifyConsistency(oldSize, size, oldRoot, root, bad).ok());
                    QVERIFY(!verifyConsistency(oldSize, size, oldRoot, root, proof->mid(1)).ok());
                }
                if (oldSize < size) {
                    QVERIFY(!verifyConsistency(oldSize, size, root, oldRoot, *proof).ok());
                    QByteArray wrong = oldRoot;
                    wrong[0] = char(wrong[0] ^ 1);
                    QVERIFY(!verifyConsistency(oldSize, size, wrong, root, *proof).ok());
                }
            }
        }
    }

    void badRanges()
    {
        QVERIFY(!inclusionProof(8, 8, m_tree8).ok());
        QVERIFY(!inclusionProof(-1, 8, m_tree8).ok());
        QVERIFY(!consistencyProof(0, 8, m_tree8).ok());
        QVERIFY(!consistencyProof(5, 4, m_tree8).ok());
        QVERIFY(!treeHash(9, m_tree8).ok()); // beyond the stored tree
    }
};

QTEST_GUILESS_MAIN(TstMerkle)
#include "tst_merkle.moc"
