#pragma once

// RFC 8785 JSON Canonicalization Scheme. The manifest signature, manifest CID, license
// hash and receipt leaves are all computed over these bytes, so they must match other
// implementations exactly (tests: shared/vectors/jcs.json).

#include "common/result.h"

#include <QByteArray>
#include <QJsonValue>

namespace sg::crypto::jcs {

// Parses JSON text strictly (RFC 8259 + I-JSON: no duplicate keys, no lone surrogates,
// no numbers that overflow to Infinity) and returns its canonical UTF-8 bytes.
Result<QByteArray> canonicalize(QByteArrayView jsonText);
// JSON text given as a string literal (otherwise ambiguous with the QJsonValue overload).
template<qsizetype N> Result<QByteArray> canonicalize(const char (&jsonText)[N])
{
    return canonicalize(QByteArrayView(jsonText, N - 1));
}

// Canonical bytes of a value built in memory. Integers in QJsonValue are written as
// ECMAScript would write the same double. NaN/Infinity are errors.
Result<QByteArray> canonicalize(const QJsonValue &value);

// Parses JSON text with the same strict rules as canonicalize(text) (RFC 8259 + I-JSON:
// no duplicate keys, no lone surrogates, no overflow to Infinity, nothing after the
// value, nesting at most kMaxDepth) and returns it as a QJsonValue (numbers as doubles).
// Used wherever untrusted JSON is read (JWT headers and claims, manifests).
Result<QJsonValue> parse(QByteArrayView jsonText);

// Deepest nesting of arrays/objects the parser accepts.
inline constexpr int kMaxDepth = 256;

// ECMAScript Number.prototype.toString for a finite double ("1e+21", "0.000001", "1e-7").
Result<QByteArray> formatNumber(double value);

} // namespace sg::crypto::jcs
