#include "reason.h"

namespace sg::token {

QString reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::Malformed:
        return QStringLiteral("malformed");
    case Reason::Oversize:
        return QStringLiteral("oversize");
    case Reason::Alg:
        return QStringLiteral("alg");
    case Reason::Typ:
        return QStringLiteral("typ");
    case Reason::Crit:
        return QStringLiteral("crit");
    case Reason::Header:
        return QStringLiteral("header");
    case Reason::Kid:
        return QStringLiteral("kid");
    case Reason::Signature:
        return QStringLiteral("signature");
    case Reason::Expired:
        return QStringLiteral("expired");
    case Reason::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case Reason::Audience:
        return QStringLiteral("audience");
    case Reason::Issuer:
        return QStringLiteral("issuer");
    case Reason::Claims:
        return QStringLiteral("claims");
    case Reason::Replay:
        return QStringLiteral("replay");
    case Reason::Binding:
        return QStringLiteral("binding");
    case Reason::Dpop:
        return QStringLiteral("dpop");
    }
    return QStringLiteral("malformed");
}

Error tokenError(Reason reason, const QString &message)
{
    return Error(message, reasonCode(reason));
}

} // namespace sg::token
