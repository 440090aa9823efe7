#pragma once

// Path rules for files a download writes (DESIGN §2). A manifest is untrusted input: every
// path is re-validated here before anything touches the disk, and the FileAssembler opens
// folders one component at a time (openat + O_NOFOLLOW), so neither a crafted path nor a
// symlink planted inside the output folder can make a download write outside it.

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace sg::download {

// The folder inside every output folder that holds the journal, lock and provenance.
inline constexpr char kStateFolder[] = ".shardgate";

// Checks one manifest path: relative, '/'-separated, NFC, no empty/'.'/'..' component, no
// backslash, control character or NUL, no Windows device name (CON, NUL, COM1, ...) or
// drive prefix, components <= 255 bytes, whole path <= 4096 bytes, and not inside the
// reserved .shardgate folder. Returns an error naming the path and the rule it breaks.
Status validateManifestPath(const QString &path);

// Checks a set of paths together: each valid, no duplicates, and no path that is also a
// parent folder of another ("a" and "a/b" cannot both be files).
Status validateManifestPaths(const QStringList &paths);

} // namespace sg::download
