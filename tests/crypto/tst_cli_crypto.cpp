// Runs the built shardgate-cli as a user would: keygen and cid.

#include "crypto/ed25519.h"
#include "testsupport.h"
#include "vectorinput.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace sg;
using namespace sg::crypto;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QFile::Permissions kOwnerReadWrite
    = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

} // namespace

class TestCliCrypto : public QObject
{
    Q_OBJECT

    // Public key PEM of a private key file, as `openssl pkey -pubout` sees it.
    static QByteArray opensslPublicPem(const QString &keyPath, const QString &passphrase = {})
    {
        QStringList args { QStringLiteral("pkey"), QStringLiteral("-in"), keyPath,
                           QStringLiteral("-pubout") };
        if (!passphrase.isEmpty())
            args << QStringLiteral("-passin") << QStringLiteral("pass:") + passphrase;
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::cliPath().isEmpty())
            SG_SKIP_OR_FAIL_WITHOUT("shardgate-cli is not built");
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            SG_SKIP_OR_FAIL_WITHOUT("openssl command not installed");
    }

    void keygen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("signing.pem"));
        const auto r = test::runCli({ QStringLiteral("keygen"), QStringLiteral("--out"), path });
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QFileInfo(path).permissions(), kOwnerReadWrite);
        const QByteArray pem = readAll(path);
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));

        const QString printed = QString::fromUtf8(r.out).trimmed();
        QVERIFY2(printed.startsWith(QLatin1String("ed25519:")), qPrintable(printed));
        const auto printedKey = Ed25519PublicKey::fromTagged(printed);
        QVERIFY2(printedKey.ok(), qPrintable(printedKey.errorString()));
        // The printed public key is the one OpenSSL derives from the written file.
        const QByteArray opensslPem = opensslPublicPem(path);
        QVERIFY(!opensslPem.isEmpty());
        const auto opensslKey = Ed25519PublicKey::fromPem(opensslPem);
        QVERIFY(opensslKey.ok());
        QCOMPARE(opensslKey->raw(), printedKey->raw());

        // Refuses to overwrite; the file is unchanged.
        const auto again = test::runCli({ QStringLiteral("keygen"), QStringLiteral("--out"), path });
        QVERIFY(again.finished);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("--force"), qPrintable(again.describe()));
        QCOMPARE(readAll(path), pem);

        const auto forced = test::runCli({ QStringLiteral("keygen"), QStringLiteral("--out"), path,
                                           QStringLiteral("--force"), QStringLiteral("--json") });
        QVERIFY2(forced.finished && forced.exitCode == 0, qPrintable(forced.describe()));
        const QJsonObject json = QJsonDocument::fromJson(forced.out).object();
        QCOMPARE(json.value(QStringLiteral("path")).toString(), QFileInfo(path).absoluteFilePath());
        const auto jsonKey = Ed25519PublicKey::fromTagged(json.value(QStringLiteral("publicKey")).toString());
        QVERIFY(jsonKey.ok());
        QVERIFY(readAll(path) != pem);
        QCOMPARE(Ed25519PublicKey::fromPem(opensslPublicPem(path))->raw(), jsonKey->raw());
        QCOMPARE(QFileInfo(path).permissions(), kOwnerReadWrite);
    }

    void keygenWithPassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("enc.pem"));
        const QString passFile = dir.filePath(QStringLiteral("pass.txt"));
        QVERIFY(test::writeFile(passFile, "open sesame\n"));
        const auto r = test::runCli({ QStringLiteral("keygen"), QStringLiteral("--out"), path,
                                      QStringLiteral("--passphrase-file"), passFile });
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(readAll(path).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        QVERIFY(!r.out.contains("open sesame"));
        const auto printedKey = Ed25519PublicKey::fromTagged(QString::fromUtf8(r.out).trimmed());
        QVERIFY(printedKey.ok());
        QCOMPARE(Ed25519PublicKey::fromPem(opensslPublicPem(path, QStringLiteral("open sesame")))->raw(),
                 printedKey->raw());
        QVERIFY(opensslPublicPem(path, QStringLiteral("wrong")).isEmpty());
        QCOMPARE(Ed25519PrivateKey::loadFile(path, "open sesame")->publicKey(), *printedKey);
    }

    void keygenErrors()
    {
        QTemporaryDir dir;
        const auto noOut = test::runCli({ QStringLiteral("keygen") });
        QCOMPARE(noOut.exitCode, 2);
        QVERIFY(noOut.err.contains("--out"));

        const QString path = dir.filePath(QStringLiteral("k.pem"));
        const auto missingPass
            = test::runCli({ QStringLiteral("keygen"), QStringLiteral("--out"), path,
                             QStringLiteral("--passphrase-file"), dir.filePath(QStringLiteral("none")) });
        QCOMPARE(missingPass.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path));

        const QString empty = dir.filePath(QStringLiteral("empty.txt"));
        QVERIFY(test::writeFile(empty, "\n"));
        const auto emptyPass = test::runCli({ QStringLiteral("keygen"), QStringLiteral("--out"), path,
                                              QStringLiteral("--passphrase-file"), empty });
        QCOMPARE(emptyPass.exitCode, 1);
        QVERIFY(emptyPass.err.contains("empty"));
        QVERIFY(!QFileInfo::exists(path));

        // The parent "folder" is a regular file, so the key cannot be written.
        const auto badDir = test::runCli(
            { QStringLiteral("keygen"), QStringLiteral("--out"), empty + QStringLiteral("/k.pem") });
        QCOMPARE(badDir.exitCode, 1);
    }

    void cidMatchesVectors()
    {
        QTemporaryDir dir;
        const QJsonArray cases
            = test::loadVector(QStringLiteral("cid.json")).value(QStringLiteral("cases")).toArray();
        QStringList args { QStringLiteral("cid") };
        QStringList expected;
        int i = 0;
        for (const auto &v : cases) {
            const QJsonObject c = v.toObject();
            const QString path = dir.filePath(QStringLiteral("input-%1.bin").arg(i++));
            QVERIFY(test::writeFile(path, test::cidVectorInput(c.value(QStringLiteral("input")).toObject())));
            args << path;
            expected << c.value(QStringLiteral("cid")).toString() + QStringLiteral("  ") + path;
        }
        const auto r = test::runCli(args);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);

        args.insert(1, QStringLiteral("--json"));
        const auto j = test::runCli(args);
        QVERIFY2(j.finished && j.exitCode == 0, qPrintable(j.describe()));
        const QJsonArray files
            = QJsonDocument::fromJson(j.out).object().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), cases.size());
        for (int k = 0; k < files.size(); ++k) {
            QCOMPARE(files.at(k).toObject().value(QStringLiteral("path")).toString(), args.at(k + 2));
            QCOMPARE(files.at(k).toObject().value(QStringLiteral("cid")).toString(),
                     cases.at(k).toObject().value(QStringLiteral("cid")).toString());
        }
    }

    void cidMissingFile()
    {
        QTemporaryDir dir;
        const QJsonObject abc = test::loadVector(QStringLiteral("cid.json"))
                                    .value(QStringLiteral("cases"))
                                    .toArray()
                                    .at(1)
                                    .toObject();
        QCOMPARE(abc.value(QStringLiteral("name")).toString(), QStringLiteral("abc"));
        const QString good = dir.filePath(QStringLiteral("abc.txt"));
        QVERIFY(test::writeFile(good, "abc"));
        const QString missing = dir.filePath(QStringLiteral("missing.txt"));
        const auto r = test::runCli({ QStringLiteral("cid"), missing, good });
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("missing.txt"), qPrintable(r.describe()));
        QCOMPARE(QString::fromUtf8(r.out).trimmed(),
                 abc.value(QStringLiteral("cid")).toString() + QStringLiteral("  ") + good);

        const auto none = test::runCli({ QStringLiteral("cid") });
        QCOMPARE(none.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCrypto)
#include "tst_cli_crypto.moc"
