// The CLI contract every command shares: listed in --help, its own --help names it,
// unknown commands and missing commands are usage errors, --version is the project's.

#include "testsupport.h"

#include <QRegularExpression>
#include <QtTest>

using namespace sg::test;

class TestCliHelp : public QObject
{
    Q_OBJECT

private:
    static QStringList commands()
    {
        const CliResult r = runCli({ QStringLiteral("--help") });
        QStringList names;
        bool inList = false;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.startsWith("Commands:")) {
                inList = true;
                continue;
            }
            if (inList && line.trimmed().isEmpty())
                break;
            if (inList)
                names << QString::fromUtf8(line.trimmed()).section(QLatin1Char(' '), 0, 0);
        }
        return names;
    }

private Q_SLOTS:
    void everyCommandHasHelp()
    {
        const QStringList names = commands();
        // DESIGN §11's fixed command names are all there.
        for (const char *required : { "keygen", "cid", "pack", "verify", "publish", "account", "serve",
                                      "token", "get", "revoke", "log", "audit", "demo", "inspect" })
            QVERIFY2(names.contains(QLatin1String(required)), required);
        for (const QString &name : names) {
            const CliResult r = runCli({ name, QStringLiteral("--help") });
            QVERIFY2(r.exitCode == 0, qPrintable(name + QLatin1Char(' ') + r.describe()));
            const QByteArray first = r.out.split('\n').first();
            QVERIFY2(first.startsWith("Usage: shardgate-cli " + name.toUtf8()), first.constData());
            QVERIFY2(r.out.contains("--home") && r.out.contains("--json"), qPrintable(name));
        }
    }

    void usageErrors()
    {
        const CliResult none = runCli({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("Usage: shardgate-cli <command>"));

        const CliResult unknown = runCli({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command 'frobnicate'"));
        QCOMPARE(unknown.err.count('\n'), 1); // one clear line

        const CliResult badOption = runCli({ QStringLiteral("cid"), QStringLiteral("--no-such-option") });
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY(badOption.err.startsWith("shardgate-cli cid: "));
    }

    void version()
    {
        const CliResult r = runCli({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("shardgate-cli " SG_VERSION));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(QStringLiteral(SG_VERSION))
                    .hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
