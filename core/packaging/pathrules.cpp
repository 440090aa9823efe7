#include "pathrules.h"

#include <QStringDecoder>
#include <QStringList>

namespace sg::packaging {

namespace {

const QString kPath = QStringLiteral("path");

bool isInvisibleFiller(char32_t c)
{
    switch (c) {
    case 0x034F: // combining grapheme joiner
    case 0x115F: // Hangul choseong filler
    case 0x1160: // Hangul jungseong filler
    case 0x17B4: // Khmer vowel inherent aq
    case 0x17B5: // Khmer vowel inherent aa
    case 0x180B: // Mongolian free variation selectors
    case 0x180C:
    case 0x180D:
    case 0x180F:
    case 0x2800: // Braille pattern blank
    case 0x3164: // Hangul filler
    case 0xFFA0: // halfwidth Hangul filler
        return true;
    default:
        break;
    }
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF); // variation selectors
}

bool isBannedCodePoint(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control: // C0, DEL, C1
    case QChar::Other_Format: // zero-width, bidi controls, BOM, soft hyphen, tags
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned: // incl. noncharacters; NFC of these may change
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    return isInvisibleFiller(c);
}

// QString::fromUcs4 would drop a leading U+FEFF as a byte order mark.
QString codePoint(char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        const QChar pair[2] = { QChar(QChar::highSurrogate(c)), QChar(QChar::lowSurrogate(c)) };
        return QString(pair, 2);
    }
    return QString(QChar(char16_t(c)));
}

QString hexEscape(char32_t c)
{
    return QStringLiteral("\\u{%1}").arg(
        QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

bool isWindowsDeviceName(const QString &name)
{
    // Windows treats these as devices whatever follows the first dot, and ignores
    // trailing spaces before it ("nul .txt").
    QString stem = name.section(QLatin1Char('.'), 0, 0);
    while (stem.endsWith(QLatin1Char(' ')))
        stem.chop(1);
    stem = stem.toUpper();
    static const QStringList plain
        = { QStringLiteral("CON"), QStringLiteral("PRN"),    QStringLiteral("AUX"),
            QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$") };
    if (plain.contains(stem))
        return true;
    if (stem.size() == 4
        && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))) {
        const QChar d = stem.at(3);
        // COM0/LPT0 are not devices; the superscripts ¹ ² ³ are (Windows reads them as digits).
        return (d >= QLatin1Char('1') && d <= QLatin1Char('9')) || d == QChar(0x00B9) || d == QChar(0x00B2)
            || d == QChar(0x00B3);
    }
    return false;
}

} // namespace

Result<QString> decodeFileName(QByteArrayView raw, const QString &displayParent)
{
    // ConvertInitialBom: a name starting with U+FEFF must keep it (and be rejected).
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString name = decoder.decode(raw);
    if (decoder.hasError() || name.contains(QChar(QChar::ReplacementCharacter))) {
        QString shown;
        for (char ch : raw) {
            const uchar u = uchar(ch);
            if (u >= 0x20 && u < 0x7F && u != '\\')
                shown += QLatin1Char(ch);
            else
                shown += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        }
        const QString where = displayParent.isEmpty() ? shown : displayParent + QLatin1Char('/') + shown;
        return fail(QStringLiteral("%1: file name is not valid UTF-8; rename it (e.g. with convmv) "
                                   "before packing")
                        .arg(where),
                    kPath);
    }
    return name;
}

QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("empty name");
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return QStringLiteral("'%1' is not allowed as a name").arg(name);
    if (name.toUtf8().size() > kMaxNameBytes)
        return QStringLiteral("name is longer than %1 bytes").arg(kMaxNameBytes);
    for (QChar ch : name) {
        switch (ch.unicode()) {
        case '/':
            return QStringLiteral("name contains '/'");
        case '\\':
        case '<':
        case '>':
        case ':':
        case '"':
        case '|':
        case '?':
        case '*':
            return QStringLiteral("name contains '%1', which Windows does not allow").arg(ch);
        default:
            break;
        }
    }
    const auto ucs4 = name.toUcs4();
    for (char32_t c : ucs4) {
        if (isBannedCodePoint(c)) {
            QString kind = QStringLiteral("an invisible character");
            switch (QChar::category(c)) {
            case QChar::Other_Control:
                kind = QStringLiteral("a control character");
                break;
            case QChar::Other_Format:
                kind = QStringLiteral("a zero-width or bidi control character");
                break;
            case QChar::Other_NotAssigned:
                kind = QStringLiteral("an unassigned code point");
                break;
            case QChar::Separator_Line:
            case QChar::Separator_Paragraph:
                kind = QStringLiteral("a line separator");
                break;
            default:
                break;
            }
            return QStringLiteral("name contains %1 (%2)").arg(kind, hexEscape(c));
        }
    }
    const char32_t last = ucs4.last();
    if (last == U'.' || QChar::isSpace(last))
        return QStringLiteral("name ends with a dot or a space, which Windows strips");
    if (isWindowsDeviceName(name))
        return QStringLiteral("'%1' is a Windows device name").arg(name.section(QLatin1Char('.'), 0, 0));
    return {};
}

Status validateRelativePath(const QString &path)
{
    if (path.isEmpty())
        return fail(QStringLiteral("empty path"), kPath);
    const QString shown = displayPath(path);
    if (path.startsWith(QLatin1Char('/')))
        return fail(QStringLiteral("%1: absolute paths are not allowed").arg(shown), kPath);
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter())
        return fail(QStringLiteral("%1: drive-letter paths are not allowed").arg(shown), kPath);
    if (path.toUtf8().size() > kMaxPathBytes)
        return fail(QStringLiteral("%1: path is longer than %2 bytes").arg(shown).arg(kMaxPathBytes), kPath);
    if (path.normalized(QString::NormalizationForm_C) != path)
        return fail(QStringLiteral("%1: path is not in Unicode NFC form").arg(shown), kPath);
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() > kMaxDepth)
        return fail(QStringLiteral("%1: more than %2 folder levels").arg(shown).arg(kMaxDepth), kPath);
    for (const QString &part : parts) {
        const QString problem = nameProblem(part);
        if (!problem.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(shown, problem), kPath);
    }
    return {};
}

QString displayPath(const QString &path)
{
    QString out;
    out.reserve(path.size());
    const auto ucs4 = path.toUcs4();
    for (char32_t c : ucs4) {
        if (isBannedCodePoint(c) || c == U'\\')
            out += c == U'\\' ? QStringLiteral("\\\\") : hexEscape(c);
        else
            out += codePoint(c);
    }
    return out;
}

Status PathSet::add(const QString &path, const QString &original)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    const QStringList shownParts = original.isEmpty() ? parts : original.split(QLatin1Char('/'));
    QString prefix;
    QString shown;
    for (int i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            prefix += QLatin1Char('/');
            shown += QLatin1Char('/');
        }
        prefix += parts.at(i);
        shown += shownParts.value(i, parts.at(i));
        const bool isFile = i == parts.size() - 1;
        const QString key = prefix.normalized(QString::NormalizationForm_C).toCaseFolded();
        auto it = m_seen.find(key);
        if (it == m_seen.end()) {
            m_seen.insert(key, Entry { prefix, shown, isFile });
            continue;
        }
        if (it->shown != shown)
            return fail(QStringLiteral("%1 and %2 name the same file after Unicode normalisation (NFC) or on "
                                       "case-insensitive file systems; rename one of them")
                            .arg(displayPath(it->shown), displayPath(shown)),
                        kPath);
        if (isFile != it->isFile)
            return fail(QStringLiteral("%1 is both a file and a folder").arg(displayPath(shown)), kPath);
        if (isFile)
            return fail(QStringLiteral("%1 appears twice").arg(displayPath(shown)), kPath);
    }
    return {};
}

} // namespace sg::packaging
