#pragma once

// Logging categories, one per module: enable with QT_LOGGING_RULES="sg.edge.debug=true".
// Anything that may contain a token or API key goes through redact() first.

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcPackaging)
Q_DECLARE_LOGGING_CATEGORY(lcMarket)
Q_DECLARE_LOGGING_CATEGORY(lcToken)
Q_DECLARE_LOGGING_CATEGORY(lcLedger)
Q_DECLARE_LOGGING_CATEGORY(lcEdge)
Q_DECLARE_LOGGING_CATEGORY(lcDownload)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace sg {

// Replaces JWTs (three base64url segments), "Bearer ..." values, "token=" query values
// and Shardgate API keys ("sgk_...") with a short fingerprint so logs never carry secrets.
QString redact(const QString &text);

} // namespace sg
