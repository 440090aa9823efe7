#pragma once

// Machine-readable reasons for rejecting a token or a DPoP proof. Every error returned by
// the token module carries one of these strings in sg::Error::code, so callers (edge HTTP
// answers, metrics, the CLI) can branch on it without parsing messages.

#include "common/result.h"

#include <QString>

namespace sg::token {

enum class Reason {
    Malformed, // not three base64url segments, bad JSON, duplicate keys, wrong types in the header
    Oversize, // token (or proof) longer than the limit; rejected before any decoding
    Alg, // alg is not EdDSA (none, HS256, RS256, ...)
    Typ, // typ is not "JWT"/"at+jwt" (access tokens) or "dpop+jwt" (proofs)
    Crit, // crit header lists a parameter this verifier does not understand
    Header, // a header parameter that is never trusted (jku, x5u, x5c, jwk in an access token)
    Kid, // kid missing or not in the keyring / JWKS
    Signature, // signature does not verify (or is not 64 bytes, or S >= L)
    Expired, // now >= exp + skew
    NotYetValid, // now < nbf - skew, or iat in the future beyond the skew
    Audience, // expected audience not in aud
    Issuer, // iss differs from the expected issuer
    Claims, // a required claim is missing or has the wrong type / an impossible value
    Replay, // DPoP proof jti already seen
    Binding, // DPoP key thumbprint differs from cnf.jkt, or a bound token came without proof
    Dpop, // DPoP proof does not match the request (htm, htu, iat window, ath)
};

// "malformed", "oversize", "alg", "typ", "crit", "header", "kid", "signature", "expired",
// "not_yet_valid", "audience", "issuer", "claims", "replay", "binding", "dpop".
QString reasonCode(Reason reason);

// An sg::Error whose code is reasonCode(reason).
Error tokenError(Reason reason, const QString &message);

} // namespace sg::token
