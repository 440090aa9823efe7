#pragma once

// C2SP tlog-tiles (https://c2sp.org/tlog-tiles): tiles of height 8 (256 hashes).
//   hash tile     tile/<L>/<N>[.p/<W>]   W hashes (1..255 partial, 256 full) of level-8L
//                                        subtrees N*256 .. N*256+W-1, 32 bytes each
//   entry bundle  tile/entries/<N>[.p/<W>]  entries N*256 .. N*256+W-1, each as a 2-byte
//                                        big-endian length followed by the leaf bytes
// <N> is written in groups of three decimal digits, every group but the last prefixed
// with 'x': 1234067 -> "x001/x234/067", 5 -> "005".

#include "common/result.h"
#include "ledger/merkle.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace sg::ledger {

constexpr int kTileHeight = 8;
constexpr int kTileWidth = 256;

struct TileRef
{
    bool entries = false; // an entry bundle (level is then 0)
    int level = 0; // L for hash tiles (0..63)
    qint64 index = 0; // N
    int width = kTileWidth; // W: 1..256 (256 = full tile)

    QString path() const; // "tile/0/x001/234.p/5", "tile/entries/005"
    // Parses a path relative to the log prefix ("tile/..."); strict (no leading zeros
    // beyond the 3-digit groups, no ".p/256", no "x" on the last group).
    static Result<TileRef> parse(QStringView path);
};

QString encodeTileIndex(qint64 n);

// The bytes of a hash tile for a tree of treeSize leaves. Fails (code "notfound") when
// the tile does not exist yet at that size (more hashes asked than the tree has).
Result<QByteArray> hashTileBytes(const TileRef &tile, qint64 treeSize, const HashReader &reader);

// Reads the leaf bytes of entries [first, first + count).
using EntryReader = std::function<Result<QList<QByteArray>>(qint64 first, qint64 count)>;
// The bytes of an entry bundle for a tree of treeSize leaves (code "notfound" as above;
// code "format" when a leaf exceeds 65535 bytes).
Result<QByteArray> entryBundleBytes(const TileRef &tile, qint64 treeSize, const EntryReader &reader);
// Splits an entry bundle back into leaves (strict: no trailing bytes).
Result<QList<QByteArray>> parseEntryBundle(QByteArrayView bundle);

} // namespace sg::ledger
