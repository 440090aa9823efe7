#include "pathsafety.h"

#include <QSet>

namespace sg::download {

static bool isWindowsDeviceName(const QString &component)
{
    // Reserved whatever the extension: "nul.txt" is the NUL device on Windows.
    const QString base = component.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QSet<QString> names
        = { QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),  QStringLiteral("NUL"),
            QStringLiteral("COM1"), QStringLiteral("COM2"), QStringLiteral("COM3"), QStringLiteral("COM4"),
            QStringLiteral("COM5"), QStringLiteral("COM6"), QStringLiteral("COM7"), QStringLiteral("COM8"),
            QStringLiteral("COM9"), QStringLiteral("LPT1"), QStringLiteral("LPT2"), QStringLiteral("LPT3"),
            QStringLiteral("LPT4"), QStringLiteral("LPT5"), QStringLiteral("LPT6"), QStringLiteral("LPT7"),
            QStringLiteral("LPT8"), QStringLiteral("LPT9") };
    return names.contains(base);
}

static Error pathError(const QString &path, const QString &why)
{
    return fail(QStringLiteral("manifest path \"%1\" is refused: %2").arg(path, why), QStringLiteral("path"));
}

Status validateManifestPath(const QString &path)
{
    if (path.isEmpty())
        return pathError(path, QStringLiteral("empty path"));
    if (path.toUtf8().size() > 4096)
        return pathError(path.left(64), QStringLiteral("longer than 4096 bytes"));
    if (path.startsWith(QLatin1Char('/')))
        return pathError(path, QStringLiteral("absolute path"));
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return pathError(path, QStringLiteral("control character or NUL"));
        if (c == QLatin1Char('\\'))
            return pathError(path, QStringLiteral("backslash (paths are '/'-separated)"));
    }
    if (path.normalized(QString::NormalizationForm_C) != path)
        return pathError(path, QStringLiteral("not in Unicode NFC"));
    const QStringList components = path.split(QLatin1Char('/'));
    if (components.first().size() == 2 && components.first().at(1) == QLatin1Char(':'))
        return pathError(path, QStringLiteral("drive prefix"));
    if (components.first() == QLatin1String(kStateFolder))
        return pathError(path, QStringLiteral("inside the reserved .shardgate folder"));
    for (const QString &c : components) {
        if (c.isEmpty())
            return pathError(path, QStringLiteral("empty component"));
        if (c == QLatin1String(".") || c == QLatin1String(".."))
            return pathError(path, QStringLiteral("'.' or '..' component"));
        if (c.toUtf8().size() > 255)
            return pathError(path, QStringLiteral("component longer than 255 bytes"));
        if (isWindowsDeviceName(c))
            return pathError(path, QStringLiteral("device name"));
    }
    return {};
}

Status validateManifestPaths(const QStringList &paths)
{
    QSet<QString> files;
    QSet<QString> folders;
    for (const QString &p : paths) {
        SG_TRY(validateManifestPath(p));
        if (files.contains(p))
            return pathError(p, QStringLiteral("listed twice"));
        files.insert(p);
        int slash = p.indexOf(QLatin1Char('/'));
        while (slash > 0) {
            folders.insert(p.left(slash));
            slash = p.indexOf(QLatin1Char('/'), slash + 1);
        }
    }
    for (const QString &p : paths) {
        if (folders.contains(p))
            return pathError(p, QStringLiteral("is both a file and a folder of another file"));
    }
    return {};
}

} // namespace sg::download
