#include "money.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <limits>

namespace sg {

Result<qint64> parseMoney(const QString &text, bool allowNegative)
{
    static const QRegularExpression re(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]{1,6}))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return fail(
            QStringLiteral("'%1' is not a decimal amount like \"0.01\" (at most 6 decimals)").arg(text),
            QStringLiteral("money"));
    const bool negative = !m.captured(1).isEmpty();
    if (negative && !allowNegative)
        return fail(QStringLiteral("amount '%1' must not be negative").arg(text), QStringLiteral("money"));
    const QString whole = m.captured(2);
    QString frac = m.captured(3);
    if (whole.size() > 12)
        return fail(QStringLiteral("amount '%1' is too large").arg(text), QStringLiteral("money"));
    while (frac.size() < 6)
        frac.append(QLatin1Char('0'));
    qint64 value = whole.toLongLong() * kMicrosPerUnit + frac.toLongLong();
    return negative ? -value : value;
}

QString formatMoney(qint64 micros)
{
    const bool negative = micros < 0;
    const quint64 abs = negative ? quint64(-(micros + 1)) + 1 : quint64(micros);
    QString whole = QString::number(abs / kMicrosPerUnit);
    QString frac = QStringLiteral("%1").arg(abs % kMicrosPerUnit, 6, 10, QLatin1Char('0'));
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    QString out = negative ? QStringLiteral("-") + whole : whole;
    if (!frac.isEmpty())
        out += QLatin1Char('.') + frac;
    return out;
}

QJsonObject Price::toJson() const
{
    return QJsonObject { { QStringLiteral("amount"), formatMoney(micros) },
                         { QStringLiteral("currency"), currency } };
}

Result<Price> Price::fromJson(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return fail(
            QStringLiteral("%1 must be an object {\"amount\": \"0.01\", \"currency\": \"USD\"}").arg(field),
            QStringLiteral("license"));
    const QJsonObject o = value.toObject();
    const QJsonValue amount = o.value(QStringLiteral("amount"));
    if (!amount.isString())
        return fail(QStringLiteral("%1.amount must be a decimal string such as \"0.01\"").arg(field),
                    QStringLiteral("license"));
    auto micros = parseMoney(amount.toString());
    if (!micros)
        return fail(QStringLiteral("%1.amount: %2").arg(field, micros.errorString()),
                    QStringLiteral("license"));
    static const QRegularExpression cur(QStringLiteral("^[A-Z]{3}$"));
    const QString currency = o.value(QStringLiteral("currency")).toString();
    if (!cur.match(currency).hasMatch())
        return fail(
            QStringLiteral("%1.currency must be a three-letter ISO 4217 code like \"USD\"").arg(field),
            QStringLiteral("license"));
    return Price { *micros, currency };
}

} // namespace sg
