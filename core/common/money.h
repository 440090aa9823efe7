#pragma once

// Money is a decimal string plus a currency on the wire ("0.01", "USD") and integer
// micro-units (1e-6) inside. No floating point anywhere money is handled.

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace sg {

constexpr qint64 kMicrosPerUnit = 1000000;

// "12.5" -> 12500000. Rejects signs (unless allowNegative), exponents, more than six
// decimals, empty parts and overflow.
Result<qint64> parseMoney(const QString &text, bool allowNegative = false);
// 12500000 -> "12.5"; 0 -> "0"; keeps at least no trailing zeros beyond the point.
QString formatMoney(qint64 micros);

struct Price
{
    qint64 micros = 0;
    QString currency; // ISO 4217, three upper-case letters

    QJsonObject toJson() const;
    static Result<Price> fromJson(const QJsonValue &value, const QString &field);
};

} // namespace sg
