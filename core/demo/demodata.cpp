#include "demodata.h"

#include "common/fileutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <array>

namespace sg::demo {

namespace {

// splitmix64: tiny, fast and stable across platforms and library versions.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

const char *const kSubjects[]
    = { "the river",     "a quiet engineer",  "the old lighthouse", "our training run",
        "the market",    "a curious fox",     "the night shift",    "the archive",
        "a paper plane", "the weather model", "the choir",          "a mountain road" };
const char *const kVerbs[] = { "remembers",  "measures", "follows", "rewrites",  "answers", "carries",
                               "listens to", "outlines", "repairs", "describes", "counts",  "illuminates" };
const char *const kObjects[]
    = { "the morning light",  "every checksum",     "a forgotten melody", "the last shard",
        "its own reflection", "a hundred receipts", "the winter harbour", "a small green door",
        "the signal",         "each gradient",      "the long table",     "a borrowed umbrella" };
const char *const kTopics[] = { "nature", "engineering", "music", "finance", "weather", "history", "travel" };
const char *const kLanguages[] = { "en", "de", "fr", "es", "ja" };

QString sentence(Rng &rng)
{
    QString s = QString::fromLatin1(kSubjects[rng.below(12)]) + QLatin1Char(' ')
        + QString::fromLatin1(kVerbs[rng.below(12)]) + QLatin1Char(' ')
        + QString::fromLatin1(kObjects[rng.below(12)]);
    s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffU;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffU;
}

void appendChunk(QByteArray &png, const char *type, const QByteArray &payload)
{
    char len[4];
    qToBigEndian<quint32>(quint32(payload.size()), len);
    png.append(len, 4);
    QByteArray body(type, 4);
    body += payload;
    png += body;
    char crc[4];
    qToBigEndian<quint32>(crc32(body), crc);
    png.append(crc, 4);
}

} // namespace

QByteArray encodePngRgb(int width, int height, const QByteArray &rgb)
{
    QByteArray raw;
    raw.reserve(height * (1 + width * 3));
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter: none
        raw.append(rgb.constData() + qsizetype(y) * width * 3, width * 3);
    }
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(quint32(width), ihdr.data());
    qToBigEndian<quint32>(quint32(height), ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // colour type: truecolour
    // qCompress() yields a 4-byte length prefix followed by a zlib stream, which is
    // exactly what IDAT holds.
    const QByteArray zlib = qCompress(raw, 9).mid(4);
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", ihdr);
    appendChunk(png, "IDAT", zlib);
    appendChunk(png, "IEND", QByteArray());
    return png;
}

Result<DemoDataSummary> generateDemoData(const QString &dir, const DemoDataOptions &options)
{
    QDir root(dir);
    if (root.exists() && !root.isEmpty())
        return fail(QStringLiteral("%1 is not empty; the demo dataset needs a new folder").arg(dir));
    if (!QDir().mkpath(dir + QStringLiteral("/text")) || !QDir().mkpath(dir + QStringLiteral("/images")))
        return fail(QStringLiteral("cannot create %1").arg(dir));

    Rng rng(options.seed);
    DemoDataSummary summary;
    auto write = [&](const QString &rel, const QByteArray &data) -> Status {
        QFile f(dir + QLatin1Char('/') + rel);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return fail(QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
        summary.files += 1;
        summary.bytes += data.size();
        return {};
    };

    for (int fileIndex = 0; fileIndex < options.jsonlFiles; ++fileIndex) {
        QByteArray out;
        for (int i = 0; i < options.recordsPerFile; ++i) {
            const int n = 1 + rng.below(3);
            QString text;
            for (int k = 0; k < n; ++k)
                text += (k ? QStringLiteral(" ") : QString()) + sentence(rng);
            const QJsonObject record {
                { QStringLiteral("id"),
                  QStringLiteral("rec-%1-%2").arg(fileIndex).arg(i, 5, 10, QLatin1Char('0')) },
                { QStringLiteral("lang"), QString::fromLatin1(kLanguages[rng.below(5)]) },
                { QStringLiteral("topic"), QString::fromLatin1(kTopics[rng.below(7)]) },
                { QStringLiteral("quality"), rng.below(100) / 100.0 },
                { QStringLiteral("text"), text },
            };
            out += QJsonDocument(record).toJson(QJsonDocument::Compact);
            out += '\n';
        }
        SG_TRY(write(QStringLiteral("text/part-%1.jsonl").arg(fileIndex, 3, 10, QLatin1Char('0')), out));
    }

    const int s = options.imageSize;
    for (int i = 0; i < options.images; ++i) {
        QByteArray rgb(qsizetype(s) * s * 3, '\0');
        const int r0 = rng.below(256), g0 = rng.below(256), b0 = rng.below(256);
        const int cx = rng.below(s), cy = rng.below(s), radius = 6 + rng.below(s / 3);
        for (int y = 0; y < s; ++y) {
            for (int x = 0; x < s; ++x) {
                const bool inside = (x - cx) * (x - cx) + (y - cy) * (y - cy) < radius * radius;
                uchar *p = reinterpret_cast<uchar *>(rgb.data()) + (qsizetype(y) * s + x) * 3;
                p[0] = uchar(inside ? 255 - r0 : (r0 + x * 2) & 0xff);
                p[1] = uchar(inside ? 255 - g0 : (g0 + y * 2) & 0xff);
                p[2] = uchar(inside ? b0 / 2 : (b0 + (x ^ y)) & 0xff);
            }
        }
        SG_TRY(write(QStringLiteral("images/img-%1.png").arg(i, 4, 10, QLatin1Char('0')),
                     encodePngRgb(s, s, rgb)));
    }

    const QByteArray readme
        = "# Shardgate demo dataset\n\n"
          "Generated by Shardgate itself: synthetic sentences in JSON Lines (text/) and small\n"
          "procedural PNG images (images/). Safe to share, sell and delete.\n";
    SG_TRY(write(QStringLiteral("README.md"), readme));
    SG_TRY(write(QStringLiteral("empty-marker.txt"), QByteArray()));
    return summary;
}

} // namespace sg::demo
