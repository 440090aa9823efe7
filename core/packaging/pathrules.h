#pragma once

// What a path inside a dataset may look like (DESIGN §2, docs/formats.md "Paths").
// One set of rules for the scanner (names on disk), the manifest parser (paths from
// anywhere) and the downloader (never write outside the target folder).
//
// A path is relative, '/'-separated, NFC, at most kMaxPathBytes UTF-8 bytes and
// kMaxDepth components; each component is at most kMaxNameBytes UTF-8 bytes and is not
// empty, ".", "..", a Windows device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9, COM¹²³,
// LPT¹²³, CONIN$, CONOUT$; any case, with or without extension), has no control, format
// (zero-width, bidi), separator, unassigned or invisible filler characters, none of
// \ < > : " | ? *, and does not end with a dot or a space.

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace sg::packaging {

constexpr int kMaxNameBytes = 255;
constexpr int kMaxPathBytes = 1024;
constexpr int kMaxDepth = 64;

// Decodes a raw file-name byte string as strict UTF-8 (no overlongs, no surrogates).
// Fails with an error naming displayParent/<name with \xNN escapes>.
Result<QString> decodeFileName(QByteArrayView raw, const QString &displayParent);

// Why a single name is not allowed, or an empty string when it is. The name is checked
// as given (callers normalise to NFC first when they want to).
QString nameProblem(const QString &name);

// Checks a whole relative path (must already be NFC). The error names the path.
Status validateRelativePath(const QString &path);

// A path safe to print on a terminal: control, format and invisible characters as \u{XXXX}.
QString displayPath(const QString &path);

// Detects paths that would land on the same file on a case-insensitive or
// normalising file system (macOS, Windows), and a file used as a folder.
class PathSet
{
public:
    // Adds an NFC path; fails naming both paths when it collides with one added before.
    // original: the spelling found on disk (before NFC), used in messages.
    Status add(const QString &path, const QString &original = {});

private:
    struct Entry
    {
        QString spelling;
        QString shown;
        bool isFile;
    };
    QHash<QString, Entry> m_seen; // key: case-folded prefix
};

} // namespace sg::packaging
