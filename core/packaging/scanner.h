#pragma once

// Walks a dataset folder and lists its files as manifest paths (DESIGN §2).
//
// - Paths are relative, '/'-separated and NFC; the list is sorted by the UTF-8 bytes of
//   the path. Names that break pathrules.h, are not UTF-8, or collide after NFC or case
//   folding are errors naming the path.
// - Symbolic links are never followed out of the folder. A symlink to a regular file
//   inside the folder is packed as a regular file with the target's bytes (the manifest
//   has no link type); a symlink to a folder, to something outside the folder, or to
//   nothing is an error.
// - FIFOs, sockets and devices are errors; so are files or folders that cannot be read.
// - Empty files are kept; empty sub-folders are not recorded; a folder without any file
//   is an error.

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sg::packaging {

struct ScannedFile
{
    QString path; // manifest path (NFC)
    QByteArray diskPath; // absolute path of the bytes on disk (target for a symlink)
    qint64 size = 0;
    bool viaSymlink = false;
};

// Test hook: replaces the readability check (faccessat) so tests running as root can
// exercise the "unreadable file" path. Returns 0 or an errno value.
using AccessCheck = int (*)(const QByteArray &diskPath);

Result<QList<ScannedFile>> scanFolder(const QString &root, AccessCheck accessCheck = nullptr);

// Finds the file a manifest path names under root: the path itself, or (for folders
// written on systems that store decomposed names) the entry whose NFC form matches.
// Returns the absolute disk path or an empty array when there is none.
QByteArray resolveInFolder(const QString &root, const QString &path);

} // namespace sg::packaging
