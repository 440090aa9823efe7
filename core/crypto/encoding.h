#pragma once

// Byte encodings used by the formats: RFC 4648 base32 lower-case without padding (CIDs),
// base64url without padding (JWT, keys), standard base64 (notes, proofs), hex.
// Decoders are strict: wrong alphabet, padding where none belongs, or non-zero trailing
// bits are errors.

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sg::crypto {

QByteArray base32LowerEncode(QByteArrayView data);
Result<QByteArray> base32LowerDecode(QByteArrayView text);

QByteArray base64UrlEncode(QByteArrayView data);
Result<QByteArray> base64UrlDecode(QByteArrayView text);

QByteArray base64Encode(QByteArrayView data);
Result<QByteArray> base64Decode(QByteArrayView text);

QByteArray hexEncode(QByteArrayView data);
Result<QByteArray> hexDecode(QByteArrayView text);

// Constant-time comparison for secrets and MACs.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace sg::crypto
