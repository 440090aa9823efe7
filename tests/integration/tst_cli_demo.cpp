// The headless tour through the public CLI, as run.sh runs it without a display.

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace sg::test;

class TestCliDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tourJson()
    {
        QTemporaryDir home;
        const CliResult r = runCli(
            { QStringLiteral("demo"), QStringLiteral("--json"), QStringLiteral("--home"), home.path() }, {},
            {}, 150000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        const QJsonObject result = QJsonDocument::fromJson(lines.last()).object();
        QVERIFY2(!result.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(result.value(QStringLiteral("steps")).toArray().size(), 6);
        QVERIFY(result.value(QStringLiteral("receiptsVerified")).toInt() > 0);
        QCOMPARE(result.value(QStringLiteral("billed")).toString(),
                 result.value(QStringLiteral("consumed")).toString());
        QVERIFY(result.value(QStringLiteral("billed")).toString() != QStringLiteral("0"));

        // The downloaded copy equals the generated data, file by file.
        const QString data = home.filePath(QStringLiteral("demo/data"));
        const QString copy = home.filePath(QStringLiteral("demo/download"));
        int compared = 0;
        QDirIterator it(data, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile a(path), b(copy + QLatin1Char('/') + QDir(data).relativeFilePath(path));
            QVERIFY(a.open(QIODevice::ReadOnly));
            QVERIFY2(b.open(QIODevice::ReadOnly), qPrintable(b.fileName()));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(path));
            ++compared;
        }
        QVERIFY(compared > 20);

        // A second tour on the same home reuses the workspace and bills again.
        const CliResult again
            = runCli({ QStringLiteral("demo"), QStringLiteral("--home"), home.path() }, {}, {}, 150000);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY(again.out.contains("they agree"));
    }

    void temporaryHomeIsRemoved()
    {
        const CliResult r = runCli({ QStringLiteral("demo") }, {}, {}, 150000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("[6/6]"));
        const QByteArray marker = "a tour on a temporary home ";
        const int at = r.out.indexOf(marker);
        QVERIFY(at >= 0);
        const QString home = QString::fromUtf8(r.out.mid(at + marker.size()).split('\n').first().trimmed());
        QVERIFY2(!QDir(home).exists(), qPrintable(home));
    }

    void badOption()
    {
        const CliResult r
            = runCli({ QStringLiteral("demo"), QStringLiteral("--connections"), QStringLiteral("0") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--connections"));
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
