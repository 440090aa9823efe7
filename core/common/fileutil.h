#pragma once

// Durable file helpers: write to a temp name in the same folder, fsync, rename, fsync the
// folder. A reader never sees a half-written file under the final name.

#include "result.h"

#include <QByteArray>
#include <QString>

namespace sg {

// Writes data atomically and durably to path (mode 0644, or 0600 with privateFile).
Status writeFileAtomic(const QString &path, const QByteArray &data, bool privateFile = false);
// Reads a whole file; fails with a clear message (missing, unreadable, over maxBytes).
Result<QByteArray> readFile(const QString &path, qint64 maxBytes = qint64(64) << 20);
// fsync on a file descriptor's folder, so a rename survives a crash.
Status syncDirectory(const QString &dirPath);
// Human sizes: 1536 -> "1.5 KiB".
QString formatBytes(qint64 bytes);
// "4MiB", "4M", "1048576", "16 MiB" -> bytes; 0 on error.
qint64 parseSize(const QString &text);

} // namespace sg
