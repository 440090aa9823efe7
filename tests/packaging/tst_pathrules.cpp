// Path rules: the hostile-name corpus against the validator, whole-path rules, collisions.

#include "hostilenames.h"
#include "packaging/pathrules.h"
#include "testsupport.h"

#include <QtTest>

using namespace sg::packaging;
using sg::test::u;

class TestPathRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusIsLargeEnough();
    void hostileName_data();
    void hostileName();
    void hostilePath_data();
    void hostilePath();
    void goodPaths_data();
    void goodPaths();
    void collisions_data();
    void collisions();
    void nonUtf8_data();
    void nonUtf8();
    void displayEscapes();
};

void TestPathRules::corpusIsLargeEnough()
{
    QVERIFY(sg::test::hostileNames().size() >= 60);
}

void TestPathRules::hostileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("needle");
    for (const auto &h : sg::test::hostileNames())
        QTest::newRow(h.tag) << h.name << QString::fromLatin1(h.needle);
}

void TestPathRules::hostileName()
{
    QFETCH(QString, name);
    QFETCH(QString, needle);
    const QString problem = nameProblem(name);
    QVERIFY2(problem.contains(needle), qPrintable(QStringLiteral("got '%1'").arg(problem)));
    // As a component of a path, in any position, it is rejected with the path named.
    for (const QString &path : { name, QStringLiteral("dir/") + name, name + QStringLiteral("/file.txt") }) {
        const auto st = validateRelativePath(path.normalized(QString::NormalizationForm_C));
        QVERIFY2(!st.ok(), qPrintable(path));
        QCOMPARE(st.errorCode(), QStringLiteral("path"));
    }
}

void TestPathRules::hostilePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("needle");
    QTest::newRow("parent") << "../etc/passwd"
                            << "not allowed";
    QTest::newRow("parent inside") << "a/../../b"
                                   << "not allowed";
    QTest::newRow("dot inside") << "a/./b"
                                << "not allowed";
    QTest::newRow("absolute") << "/etc/passwd"
                              << "absolute";
    QTest::newRow("double slash") << "a//b"
                                  << "empty name";
    QTest::newRow("trailing slash") << "a/b/"
                                    << "empty name";
    QTest::newRow("drive letter") << "C:/Windows/win.ini"
                                  << "drive-letter";
    QTest::newRow("drive relative") << "c:evil"
                                    << "drive-letter";
    QTest::newRow("backslash") << "a\\..\\b"
                               << "Windows does not allow";
    QTest::newRow("device in folder") << "data/COM1/x.bin"
                                      << "device";
    QTest::newRow("not NFC") << (QStringLiteral("cafe") + u(0x0301)) << "NFC";
    QTest::newRow("not NFC in folder") << (QStringLiteral("A") + u(0x030A) + QStringLiteral("/x")) << "NFC";
    QTest::newRow("too long") << (QString(200, QLatin1Char('a')) + QStringLiteral("/")).repeated(6)
            + QStringLiteral("x")
                              << "longer than 1024";
    QTest::newRow("too deep") << QStringLiteral("d/").repeated(64) + QStringLiteral("f") << "folder levels";
    QTest::newRow("empty") << ""
                           << "empty path";
}

void TestPathRules::hostilePath()
{
    QFETCH(QString, path);
    QFETCH(QString, needle);
    const auto st = validateRelativePath(path);
    QVERIFY(!st.ok());
    QVERIFY2(st.errorString().contains(needle), qPrintable(st.errorString()));
}

void TestPathRules::goodPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << "a.txt";
    QTest::newRow("nested") << "train/shard-0001/part.jsonl";
    QTest::newRow("hidden") << ".gitattributes";
    QTest::newRow("leading space is allowed") << " notes.txt";
    QTest::newRow("COM0 is not a device") << "COM0";
    QTest::newRow("CONSOLE") << "CONSOLE.md";
    QTest::newRow("device inside word") << "icon.png";
    QTest::newRow("NFC accents") << (QStringLiteral("caf") + u(0x00E9) + QStringLiteral("/na") + u(0x00EF)
                                     + QStringLiteral("ve.txt"));
    QTest::newRow("CJK") << QStringLiteral("数据/训练.jsonl");
    QTest::newRow("emoji") << (u(0x1F600) + QStringLiteral(".png"));
    QTest::newRow("255 bytes") << QString(255, QLatin1Char('a'));
    QTest::newRow("64 levels") << QStringLiteral("d/").repeated(63) + QStringLiteral("f");
}

void TestPathRules::goodPaths()
{
    QFETCH(QString, path);
    const auto st = validateRelativePath(path);
    QVERIFY2(st.ok(), qPrintable(st.errorString()));
}

void TestPathRules::collisions_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QStringList>("originals");
    QTest::addColumn<QString>("needle");
    QTest::newRow("case") << QStringList { "README.md", "readme.md" } << QStringList() << "same file";
    QTest::newRow("case in folder") << QStringList { "Data/a", "data/b" } << QStringList() << "same file";
    QTest::newRow("final sigma") << QStringList { QStringLiteral("ς.txt"), QStringLiteral("σ.txt") }
                                 << QStringList() << "same file";
    QTest::newRow("NFC vs NFD on disk")
        << QStringList { QStringLiteral("caf") + u(0x00E9), QStringLiteral("caf") + u(0x00E9) }
        << QStringList { QStringLiteral("caf") + u(0x00E9), QStringLiteral("cafe") + u(0x0301) } << "NFC";
    QTest::newRow("Kelvin sign") << QStringList { QStringLiteral("K"), QStringLiteral("K") }
                                 << QStringList { QStringLiteral("K"), u(0x212A) } << "same file";
    QTest::newRow("file and folder") << QStringList { "a", "a/b" } << QStringList()
                                     << "both a file and a folder";
    QTest::newRow("folder and file") << QStringList { "a/b", "a" } << QStringList()
                                     << "both a file and a folder";
    QTest::newRow("duplicate") << QStringList { "x/y", "x/y" } << QStringList() << "appears twice";
}

void TestPathRules::collisions()
{
    QFETCH(QStringList, paths);
    QFETCH(QStringList, originals);
    QFETCH(QString, needle);
    PathSet set;
    QVERIFY(set.add(paths.at(0), originals.value(0)).ok());
    const auto st = set.add(paths.at(1), originals.value(1));
    QVERIFY(!st.ok());
    QVERIFY2(st.errorString().contains(needle), qPrintable(st.errorString()));
}

void TestPathRules::nonUtf8_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("latin1 e-acute") << QByteArray("caf\xe9");
    QTest::newRow("lone continuation") << QByteArray("a\x80z");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
    QTest::newRow("truncated") << QByteArray("ab\xe2\x82");
    QTest::newRow("0xff") << QByteArray("\xff");
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
}

void TestPathRules::nonUtf8()
{
    QFETCH(QByteArray, raw);
    auto r = decodeFileName(raw, QStringLiteral("top"));
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("not valid UTF-8")), qPrintable(r.errorString()));
    QVERIFY2(r.errorString().startsWith(QLatin1String("top/")), qPrintable(r.errorString()));
    QVERIFY2(r.errorString().contains(QLatin1String("\\x")), qPrintable(r.errorString()));
    // Valid UTF-8 passes.
    QCOMPARE(decodeFileName("caf\xc3\xa9", QString()).value(), QStringLiteral("caf") + u(0x00E9));
}

void TestPathRules::displayEscapes()
{
    const QString shown = displayPath(QStringLiteral("invoice") + u(0x202E) + QStringLiteral("txt.exe\n"));
    QCOMPARE(shown, QStringLiteral("invoice\\u{202E}txt.exe\\u{000A}"));
}

QTEST_GUILESS_MAIN(TestPathRules)
#include "tst_pathrules.moc"
