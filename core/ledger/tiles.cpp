#include "ledger/tiles.h"

#include <QStringList>

namespace sg::ledger {

namespace {

Error notFound(const QString &why)
{
    return fail(why, QStringLiteral("notfound"));
}

Error badPath(QStringView path)
{
    return fail(
        QStringLiteral("'%1' is not a tlog-tiles path (tile/<L>/<N>[.p/<W>] or tile/entries/<N>[.p/<W>])")
            .arg(path.left(200)),
        QStringLiteral("format"));
}

// Decimal without leading zeros (except "0"), at most maxDigits digits.
bool parsePlain(QStringView s, int maxDigits, qint64 *out)
{
    if (s.isEmpty() || s.size() > maxDigits || (s.size() > 1 && s.at(0) == QLatin1Char('0')))
        return false;
    qint64 v = 0;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        v = v * 10 + (c.unicode() - '0');
    }
    *out = v;
    return true;
}

bool parseGroup(QStringView s, qint64 *out)
{
    if (s.size() != 3)
        return false;
    qint64 v = 0;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        v = v * 10 + (c.unicode() - '0');
    }
    *out = v;
    return true;
}

} // namespace

QString encodeTileIndex(qint64 n)
{
    QString out = QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    n /= 1000;
    while (n > 0) {
        out.prepend(QStringLiteral("x%1/").arg(n % 1000, 3, 10, QLatin1Char('0')));
        n /= 1000;
    }
    return out;
}

QString TileRef::path() const
{
    QString out = entries ? QStringLiteral("tile/entries/") : QStringLiteral("tile/%1/").arg(level);
    out += encodeTileIndex(index);
    if (width < kTileWidth)
        out += QStringLiteral(".p/%1").arg(width);
    return out;
}

Result<TileRef> TileRef::parse(QStringView path)
{
    if (!path.startsWith(QLatin1String("tile/")))
        return badPath(path);
    QList<QStringView> parts = path.mid(5).split(QLatin1Char('/'));
    if (parts.size() < 2)
        return badPath(path);
    TileRef t;
    if (parts.first() == QLatin1String("entries")) {
        t.entries = true;
    } else {
        qint64 level = 0;
        if (!parsePlain(parts.first(), 2, &level) || level > 63)
            return badPath(path);
        t.level = int(level);
    }
    parts.removeFirst();
    // Partial: the last two parts are "<group>.p" and "<W>".
    if (parts.size() >= 2 && parts.at(parts.size() - 2).endsWith(QLatin1String(".p"))) {
        qint64 w = 0;
        if (!parsePlain(parts.last(), 3, &w) || w < 1 || w >= kTileWidth)
            return badPath(path);
        t.width = int(w);
        parts.removeLast();
        parts.last().chop(2);
    }
    qint64 n = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QStringView g = parts.at(i);
        const bool last = i == parts.size() - 1;
        if (!last) {
            if (!g.startsWith(QLatin1Char('x')))
                return badPath(path);
            g = g.mid(1);
        }
        qint64 v = 0;
        if (!parseGroup(g, &v))
            return badPath(path);
        if (n > (qint64(1) << 52))
            return badPath(path);
        n = n * 1000 + v;
    }
    // Canonical: no leading all-zero "x000/" group.
    if (parts.size() > 1 && parts.first() == QLatin1String("x000"))
        return badPath(path);
    t.index = n;
    return t;
}

Result<QByteArray> hashTileBytes(const TileRef &tile, qint64 treeSize, const HashReader &reader)
{
    if (tile.entries)
        return fail(QStringLiteral("not a hash tile"), QStringLiteral("format"));
    const int height = tile.level * kTileHeight;
    if (height >= 62)
        return notFound(QStringLiteral("tile level %1 is beyond any tree").arg(tile.level));
    const qint64 first = tile.index * kTileWidth;
    const qint64 end = first + tile.width; // subtrees [first, end) at level `height`
    if (tile.index < 0 || end > (treeSize >> height))
        return notFound(
            QStringLiteral("tile %1 is not in the tree of size %2").arg(tile.path()).arg(treeSize));
    QList<qint64> indexes;
    indexes.reserve(tile.width);
    for (qint64 i = first; i < end; ++i)
        indexes.append(storedHashIndex(height, i));
    auto hashes = reader.readHashes(indexes);
    if (!hashes.ok())
        return hashes.error();
    QByteArray out;
    out.reserve(tile.width * kHashSize);
    for (const QByteArray &h : std::as_const(*hashes))
        out += h;
    if (out.size() != tile.width * kHashSize)
        return fail(QStringLiteral("hash store returned short data for %1").arg(tile.path()),
                    QStringLiteral("corrupt"));
    return out;
}

Result<QByteArray> entryBundleBytes(const TileRef &tile, qint64 treeSize, const EntryReader &reader)
{
    if (!tile.entries)
        return fail(QStringLiteral("not an entry bundle"), QStringLiteral("format"));
    const qint64 first = tile.index * kTileWidth;
    if (tile.index < 0 || first + tile.width > treeSize)
        return notFound(QStringLiteral("%1 is not in the tree of size %2").arg(tile.path()).arg(treeSize));
    auto leaves = reader(first, tile.width);
    if (!leaves.ok())
        return leaves.error();
    if (leaves->size() != tile.width)
        return fail(
            QStringLiteral("entry store returned %1 of %2 entries").arg(leaves->size()).arg(tile.width),
            QStringLiteral("corrupt"));
    QByteArray out;
    for (const QByteArray &leaf : std::as_const(*leaves)) {
        if (leaf.size() > 0xffff)
            return fail(QStringLiteral("an entry of %1 bytes does not fit a tile bundle").arg(leaf.size()),
                        QStringLiteral("format"));
        out += char(leaf.size() >> 8);
        out += char(leaf.size() & 0xff);
        out += leaf;
    }
    return out;
}

Result<QList<QByteArray>> parseEntryBundle(QByteArrayView bundle)
{
    QList<QByteArray> out;
    qsizetype pos = 0;
    while (pos < bundle.size()) {
        if (bundle.size() - pos < 2)
            return fail(QStringLiteral("entry bundle ends inside a length prefix"), QStringLiteral("format"));
        const qsizetype len = (qsizetype(quint8(bundle[pos])) << 8) | quint8(bundle[pos + 1]);
        pos += 2;
        if (bundle.size() - pos < len)
            return fail(QStringLiteral("entry bundle ends inside an entry"), QStringLiteral("format"));
        out.append(bundle.sliced(pos, len).toByteArray());
        pos += len;
    }
    return out;
}

} // namespace sg::ledger
