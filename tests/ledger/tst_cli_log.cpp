// shardgate-cli log: a receipt bundle made by 'log proof' verifies offline with
// 'log verify --bundle --vkey'; a tampered bundle, a wrong key and a foreign log fail.

#include "ledger/ledger.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace sg::ledger;
using sg::test::runCli;

class TstCliLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_home;
    QString m_vkey;

    QStringList home(QStringList args) const
    {
        return QStringList { QStringLiteral("--home"), m_home } + args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = m_dir.path() + QStringLiteral("/home");
        QVERIFY(QDir().mkpath(m_home + QStringLiteral("/keys")));
        LedgerOptions o = LedgerOptions::forHome(m_home);
        o.origin = QStringLiteral("cli.test/log");
        auto ledger = Ledger::open(o);
        QVERIFY2(ledger.ok(), qPrintable(ledger.errorString()));
        for (int i = 0; i < 40; ++i) {
            Receipt r;
            r.buyer = QStringLiteral("buyer-%1").arg(i % 3);
            r.creator = QStringLiteral("creator-a");
            r.manifest = QStringLiteral("bafkreimanifest");
            r.shard = QStringLiteral("bafkreishard%1").arg(i);
            r.bytes = 100 + i;
            r.charge = i % 2 ? 0 : 2500;
            r.kind = kind::access;
            QVERIFY((*ledger)->append(r).ok());
        }
        QVERIFY((*ledger)->checkpointNow().ok());
        m_vkey = (*ledger)->verifierKey();
    }

    void keyAndCheckpoint()
    {
        auto key = runCli(home({ QStringLiteral("log"), QStringLiteral("key") }));
        QVERIFY2(key.exitCode == 0, qPrintable(key.describe()));
        QCOMPARE(QString::fromUtf8(key.out).trimmed(), m_vkey);
        auto cp
            = runCli(home({ QStringLiteral("log"), QStringLiteral("checkpoint"), QStringLiteral("--json") }));
        QVERIFY2(cp.exitCode == 0, qPrintable(cp.describe()));
        const QJsonObject o = QJsonDocument::fromJson(cp.out).object();
        QCOMPARE(o.value(QStringLiteral("size")).toInteger(), 40);
        QCOMPARE(o.value(QStringLiteral("origin")).toString(), QStringLiteral("cli.test/log"));
    }

    void bundleRoundTrip()
    {
        const QString bundlePath = m_dir.path() + QStringLiteral("/r17.json");
        auto proof = runCli(home({ QStringLiteral("log"), QStringLiteral("proof"), QStringLiteral("17"),
                                   QStringLiteral("--out"), bundlePath }));
        QVERIFY2(proof.exitCode == 0, qPrintable(proof.describe()));
        // Offline: no home at all, only the file and the pinned key.
        auto ok = runCli({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--bundle"),
                           bundlePath, QStringLiteral("--vkey"), m_vkey });
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        QVERIFY(ok.out.startsWith("ok: receipt 17"));

        QFile f(bundlePath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        const auto writeVariant = [&](const QJsonObject &o) {
            const QString path = m_dir.path() + QStringLiteral("/tampered.json");
            QFile t(path);
            t.open(QIODevice::WriteOnly | QIODevice::Truncate);
            t.write(QJsonDocument(o).toJson());
            return path;
        };
        // A receipt whose charge was edited.
        QJsonObject tampered = bundle;
        QJsonObject receipt = tampered.value(QStringLiteral("receipt")).toObject();
        receipt.insert(QStringLiteral("charge"), 1);
        tampered.insert(QStringLiteral("receipt"), receipt);
        auto bad = runCli({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--bundle"),
                            writeVariant(tampered), QStringLiteral("--vkey"), m_vkey });
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("does NOT verify"), bad.err.constData());
        // A checkpoint whose size was edited.
        tampered = bundle;
        tampered.insert(QStringLiteral("checkpoint"),
                        bundle.value(QStringLiteral("checkpoint"))
                            .toString()
                            .replace(QStringLiteral("\n40\n"), QStringLiteral("\n41\n")));
        bad = runCli({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--bundle"),
                       writeVariant(tampered), QStringLiteral("--vkey"), m_vkey });
        QVERIFY(bad.exitCode != 0);
        // Another key.
        auto other = NoteSigner::generate(QStringLiteral("cli.test/log"));
        bad = runCli({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--bundle"),
                       bundlePath, QStringLiteral("--vkey"), other->verifier().verifierKey() });
        QVERIFY(bad.exitCode != 0);
        // No key at all is a usage error.
        bad = runCli(
            { QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--bundle"), bundlePath });
        QCOMPARE(bad.exitCode, 2);
    }

    void verifyAndExport()
    {
        auto v = runCli(home({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--json") }));
        QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
        QCOMPARE(QJsonDocument::fromJson(v.out).object().value(QStringLiteral("size")).toInteger(), 40);
        auto csv
            = runCli(home({ QStringLiteral("log"), QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("--buyer"), QStringLiteral("buyer-1") }));
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.describe()));
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 13); // header + buyer-1's receipts (i % 3 == 1 for i < 40)
        QVERIFY(lines.first().startsWith("seq,time,kind,buyer"));
        auto jsonl = runCli(home({ QStringLiteral("log"), QStringLiteral("export"), QStringLiteral("--kind"),
                                   QStringLiteral("access"), QStringLiteral("--since"),
                                   QStringLiteral("2100-01-01T00:00:00Z") }));
        QVERIFY2(jsonl.exitCode == 0, qPrintable(jsonl.describe()));
        QVERIFY(jsonl.out.isEmpty());
        auto bill
            = runCli(home({ QStringLiteral("audit"), QStringLiteral("bill"), QStringLiteral("--json") }));
        QVERIFY2(bill.exitCode == 0, qPrintable(bill.describe()));
        const QJsonObject b = QJsonDocument::fromJson(bill.out).object();
        QCOMPARE(b.value(QStringLiteral("total")).toString(),
                 QStringLiteral("0.05")); // 20 × 2500 micro-units
    }
};

QTEST_GUILESS_MAIN(TstCliLog)
#include "tst_cli_log.moc"
