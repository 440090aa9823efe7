#include "demo/demodata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace sg::demo;

static QByteArray treeHash(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        h.addData(QDir(dir).relativeFilePath(f).toUtf8());
        h.addData(file.readAll());
    }
    return h.result();
}

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pngDecodesWithLibpng()
    {
        // Decoded by Qt's PNG plugin (libpng): an independent check of our encoder.
        QByteArray rgb;
        for (int y = 0; y < 3; ++y)
            for (int x = 0; x < 5; ++x) {
                rgb.append(char(x * 50));
                rgb.append(char(y * 100));
                rgb.append(char(7));
            }
        QImage image;
        QVERIFY(image.loadFromData(encodePngRgb(5, 3, rgb), "PNG"));
        QCOMPARE(image.size(), QSize(5, 3));
        QCOMPARE(image.pixel(4, 2), qRgb(200, 200, 7));
        QCOMPARE(image.pixel(0, 0), qRgb(0, 0, 7));
    }

    void generatesDeterministicDataset()
    {
        QTemporaryDir a, b;
        DemoDataOptions options;
        options.recordsPerFile = 500;
        options.images = 4;
        auto ra = generateDemoData(a.filePath(QStringLiteral("ds")), options);
        auto rb = generateDemoData(b.filePath(QStringLiteral("ds")), options);
        QVERIFY2(ra.ok(), qPrintable(ra.errorString()));
        QVERIFY2(rb.ok(), qPrintable(rb.errorString()));
        QCOMPARE(ra->files, 3 + 4 + 2);
        QCOMPARE(ra->bytes, rb->bytes);
        QCOMPARE(treeHash(a.filePath(QStringLiteral("ds"))), treeHash(b.filePath(QStringLiteral("ds"))));

        options.seed += 1;
        QTemporaryDir c;
        QVERIFY(generateDemoData(c.filePath(QStringLiteral("ds")), options).ok());
        QVERIFY(treeHash(c.filePath(QStringLiteral("ds"))) != treeHash(a.filePath(QStringLiteral("ds"))));

        // Every JSONL line is a JSON object with text; every PNG decodes.
        QFile jsonl(a.filePath(QStringLiteral("ds/text/part-000.jsonl")));
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        int lines = 0;
        while (!jsonl.atEnd()) {
            const QJsonDocument doc = QJsonDocument::fromJson(jsonl.readLine());
            QVERIFY(doc.isObject());
            QVERIFY(!doc.object().value(QStringLiteral("text")).toString().isEmpty());
            ++lines;
        }
        QCOMPARE(lines, 500);
        QImage img(a.filePath(QStringLiteral("ds/images/img-0003.png")));
        QCOMPARE(img.size(), QSize(64, 64));
        QCOMPARE(QFileInfo(a.filePath(QStringLiteral("ds/empty-marker.txt"))).size(), qint64(0));
    }

    void defaultSizeIsAFewMegabytes()
    {
        QTemporaryDir dir;
        auto r = generateDemoData(dir.filePath(QStringLiteral("ds")));
        QVERIFY(r.ok());
        QVERIFY2(r->bytes > 2 * 1024 * 1024 && r->bytes < 12 * 1024 * 1024,
                 qPrintable(QString::number(r->bytes)));
    }

    void refusesNonEmptyFolder()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("keep.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("user data");
        f.close();
        auto r = generateDemoData(dir.path());
        QVERIFY(!r.ok());
        QVERIFY(r.errorString().contains(QStringLiteral("not empty")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("keep.txt"))));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
