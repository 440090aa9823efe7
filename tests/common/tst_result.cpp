#include "common/clock.h"
#include "common/fileutil.h"
#include "common/logging.h"
#include "common/result.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sg;

static Result<int> half(int v)
{
    if (v % 2)
        return fail(QStringLiteral("%1 is odd").arg(v), QStringLiteral("odd"));
    return v / 2;
}

static Status quarter(int v, int *out)
{
    auto h = half(v);
    SG_TRY(h);
    auto q = half(h.value());
    SG_TRY(q);
    *out = q.value();
    return {};
}

// A range that records its own destruction, to catch a loop over a dead temporary.
struct WatchedRange
{
    QList<int> items { 1, 2, 3 };
    bool *destroyed = nullptr;
    WatchedRange(bool *flag) : destroyed(flag) { }
    WatchedRange(WatchedRange &&other) noexcept : items(std::move(other.items)), destroyed(other.destroyed)
    {
        other.destroyed = nullptr;
    }
    WatchedRange(const WatchedRange &other) = default;
    WatchedRange &operator=(const WatchedRange &) = default;
    ~WatchedRange()
    {
        if (destroyed)
            *destroyed = true;
    }
    auto begin() const { return items.begin(); }
    auto end() const { return items.end(); }
};

static Result<WatchedRange> watched(bool *flag)
{
    return WatchedRange(flag);
}

static_assert(!std::is_reference_v<decltype(std::declval<Result<QList<int>>>().value())>,
              "an rvalue Result must hand out its value by value (range-for lifetime)");

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAndError()
    {
        auto ok = half(4);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value(), 2);
        auto bad = half(3);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.errorString(), QStringLiteral("3 is odd"));
        QCOMPARE(bad.errorCode(), QStringLiteral("odd"));
        QCOMPARE(bad.valueOr(-1), -1);
    }
    void propagate()
    {
        int out = 0;
        QVERIFY(quarter(8, &out).ok());
        QCOMPARE(out, 2);
        const Status s = quarter(6, &out);
        QVERIFY(!s.ok());
        QCOMPARE(s.errorString(), QStringLiteral("3 is odd"));
    }
    void rangeForOverTemporaryValue()
    {
        bool destroyed = false;
        int sum = 0;
        for (int v : watched(&destroyed).value()) {
            QVERIFY2(!destroyed, "the range was destroyed before the loop body ran");
            sum += v;
        }
        QCOMPARE(sum, 6);
        QVERIFY(destroyed);
    }
    void manualClock()
    {
        ManualClock clock(1000);
        QCOMPARE(clock.nowMs(), qint64(1000));
        clock.advanceSecs(5);
        QCOMPARE(clock.nowSecs(), qint64(6));
        QCOMPARE(formatUtc(1767225600), QStringLiteral("2026-01-01T00:00:00Z"));
        QCOMPARE(parseUtc(QStringLiteral("2026-01-01T00:00:00Z")), qint64(1767225600));
        QCOMPARE(parseUtc(QStringLiteral("yesterday")), qint64(-1));
    }
    void atomicWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/file.txt"));
        QVERIFY(writeFileAtomic(path, "hello").ok());
        QCOMPARE(readFile(path).value(), QByteArray("hello"));
        QVERIFY(writeFileAtomic(path, "again", true).ok());
        QCOMPARE(readFile(path).value(), QByteArray("again"));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QVERIFY(!readFile(dir.filePath(QStringLiteral("missing"))).ok());
        QVERIFY(!writeFileAtomic(QStringLiteral("/proc/forbidden/x"), "x").ok());
    }
    void redaction()
    {
        const QString jwt = QStringLiteral("eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2ln");
        const QString line = QStringLiteral("GET /v1/shards/x?token=%1 key=sgk_abcDEF123").arg(jwt);
        const QString r = redact(line);
        QVERIFY(!r.contains(jwt));
        QVERIFY(!r.contains(QStringLiteral("sgk_abcDEF123")));
        QVERIFY(r.contains(QStringLiteral("[redacted:")));
        QCOMPARE(redact(QStringLiteral("nothing secret")), QStringLiteral("nothing secret"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
