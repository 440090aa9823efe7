#include "spdx.h"

#include <QRegularExpression>

namespace sg::license {

const QStringList &knownSpdxIds()
{
    // The licenses people actually put on data sets and code, from the SPDX License List.
    static const QStringList ids = {
        QStringLiteral("0BSD"),
        QStringLiteral("AFL-3.0"),
        QStringLiteral("AGPL-3.0-only"),
        QStringLiteral("AGPL-3.0-or-later"),
        QStringLiteral("Apache-1.1"),
        QStringLiteral("Apache-2.0"),
        QStringLiteral("APSL-2.0"),
        QStringLiteral("Artistic-2.0"),
        QStringLiteral("BlueOak-1.0.0"),
        QStringLiteral("BSD-1-Clause"),
        QStringLiteral("BSD-2-Clause"),
        QStringLiteral("BSD-2-Clause-Patent"),
        QStringLiteral("BSD-3-Clause"),
        QStringLiteral("BSD-3-Clause-Clear"),
        QStringLiteral("BSD-4-Clause"),
        QStringLiteral("BSL-1.0"),
        QStringLiteral("C-UDA-1.0"),
        QStringLiteral("CAL-1.0"),
        QStringLiteral("CC-BY-1.0"),
        QStringLiteral("CC-BY-2.0"),
        QStringLiteral("CC-BY-2.5"),
        QStringLiteral("CC-BY-3.0"),
        QStringLiteral("CC-BY-4.0"),
        QStringLiteral("CC-BY-NC-2.0"),
        QStringLiteral("CC-BY-NC-3.0"),
        QStringLiteral("CC-BY-NC-4.0"),
        QStringLiteral("CC-BY-NC-ND-3.0"),
        QStringLiteral("CC-BY-NC-ND-4.0"),
        QStringLiteral("CC-BY-NC-SA-2.0"),
        QStringLiteral("CC-BY-NC-SA-3.0"),
        QStringLiteral("CC-BY-NC-SA-4.0"),
        QStringLiteral("CC-BY-ND-3.0"),
        QStringLiteral("CC-BY-ND-4.0"),
        QStringLiteral("CC-BY-SA-2.0"),
        QStringLiteral("CC-BY-SA-2.5"),
        QStringLiteral("CC-BY-SA-3.0"),
        QStringLiteral("CC-BY-SA-4.0"),
        QStringLiteral("CC-PDDC"),
        QStringLiteral("CC0-1.0"),
        QStringLiteral("CDDL-1.0"),
        QStringLiteral("CDDL-1.1"),
        QStringLiteral("CDLA-Permissive-1.0"),
        QStringLiteral("CDLA-Permissive-2.0"),
        QStringLiteral("CDLA-Sharing-1.0"),
        QStringLiteral("CECILL-2.1"),
        QStringLiteral("CPL-1.0"),
        QStringLiteral("ECL-2.0"),
        QStringLiteral("EPL-1.0"),
        QStringLiteral("EPL-2.0"),
        QStringLiteral("EUPL-1.1"),
        QStringLiteral("EUPL-1.2"),
        QStringLiteral("FTL"),
        QStringLiteral("GFDL-1.3-only"),
        QStringLiteral("GFDL-1.3-or-later"),
        QStringLiteral("GPL-2.0-only"),
        QStringLiteral("GPL-2.0-or-later"),
        QStringLiteral("GPL-3.0-only"),
        QStringLiteral("GPL-3.0-or-later"),
        QStringLiteral("HPND"),
        QStringLiteral("ICU"),
        QStringLiteral("IPL-1.0"),
        QStringLiteral("ISC"),
        QStringLiteral("LGPL-2.0-only"),
        QStringLiteral("LGPL-2.0-or-later"),
        QStringLiteral("LGPL-2.1-only"),
        QStringLiteral("LGPL-2.1-or-later"),
        QStringLiteral("LGPL-3.0-only"),
        QStringLiteral("LGPL-3.0-or-later"),
        QStringLiteral("LPPL-1.3c"),
        QStringLiteral("MIT"),
        QStringLiteral("MIT-0"),
        QStringLiteral("MPL-1.1"),
        QStringLiteral("MPL-2.0"),
        QStringLiteral("MPL-2.0-no-copyleft-exception"),
        QStringLiteral("MS-PL"),
        QStringLiteral("MS-RL"),
        QStringLiteral("MulanPSL-2.0"),
        QStringLiteral("NCSA"),
        QStringLiteral("ODbL-1.0"),
        QStringLiteral("ODC-By-1.0"),
        QStringLiteral("OFL-1.1"),
        QStringLiteral("OGL-UK-3.0"),
        QStringLiteral("OpenSSL"),
        QStringLiteral("OSL-3.0"),
        QStringLiteral("PDDL-1.0"),
        QStringLiteral("PostgreSQL"),
        QStringLiteral("PSF-2.0"),
        QStringLiteral("Python-2.0"),
        QStringLiteral("Ruby"),
        QStringLiteral("Unicode-DFS-2016"),
        QStringLiteral("Unlicense"),
        QStringLiteral("UPL-1.0"),
        QStringLiteral("Vim"),
        QStringLiteral("W3C"),
        QStringLiteral("WTFPL"),
        QStringLiteral("X11"),
        QStringLiteral("Zlib"),
        QStringLiteral("ZPL-2.1"),
    };
    return ids;
}

bool isKnownSpdxId(const QString &text)
{
    return knownSpdxIds().contains(text);
}

Status validateSpdxId(const QString &text)
{
    if (text.isEmpty())
        return fail(QStringLiteral("license.spdx is empty; use an SPDX id such as \"CC-BY-4.0\" or "
                                   "\"LicenseRef-<your-name>\""),
                    QStringLiteral("license"));
    if (isKnownSpdxId(text))
        return {};
    static const QRegularExpression ref(QStringLiteral("^LicenseRef-[A-Za-z0-9.-]+$"));
    if (ref.match(text).hasMatch())
        return {};
    if (text.startsWith(QLatin1String("LicenseRef-"), Qt::CaseInsensitive))
        return fail(QStringLiteral("license.spdx '%1' is not a valid LicenseRef: after \"LicenseRef-\" "
                                   "use only letters, digits, '.' and '-'")
                        .arg(text),
                    QStringLiteral("license"));
    for (const QString &id : knownSpdxIds()) {
        if (id.compare(text, Qt::CaseInsensitive) == 0)
            return fail(
                QStringLiteral("license.spdx '%1' is not an SPDX id; did you mean '%2'?").arg(text, id),
                QStringLiteral("license"));
    }
    return fail(QStringLiteral("license.spdx '%1' is not a known SPDX license id; use one from "
                               "https://spdx.org/licenses/ (e.g. \"CC-BY-4.0\") or \"LicenseRef-<name>\"")
                    .arg(text),
                QStringLiteral("license"));
}

} // namespace sg::license
