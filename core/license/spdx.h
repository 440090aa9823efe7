#pragma once

// SPDX license identifiers accepted in a license's "spdx" field: a built-in list of the
// common ids (SPDX License List 3.x, exact case) plus "LicenseRef-<idstring>" for
// licenses of one's own (idstring = [A-Za-z0-9.-]+, SPDX spec 2.3 §10.1).

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace sg::license {

// Ok when text is a known SPDX id or a well-formed LicenseRef-; otherwise a clear error
// (with the right spelling when only the case was wrong).
Status validateSpdxId(const QString &text);

bool isKnownSpdxId(const QString &text);
const QStringList &knownSpdxIds();

} // namespace sg::license
