#include "claims.h"

#include "common/money.h"
#include "crypto/cid.h"
#include "jws_p.h"
#include "reason.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sg::token {

namespace {

Error claimError(const QString &message)
{
    return tokenError(Reason::Claims, message);
}

Result<QString> readText(const QJsonObject &o, const QString &name, const QString &path = {})
{
    const QJsonValue v = o.value(name);
    const QString where = path.isEmpty() ? name : path + QLatin1Char('.') + name;
    if (v.isUndefined())
        return QString();
    if (!v.isString())
        return claimError(QStringLiteral("claim \"%1\" must be a string").arg(where));
    const QString s = v.toString();
    if (s.isEmpty())
        return claimError(QStringLiteral("claim \"%1\" is empty").arg(where));
    if (!detail::isSafeText(s))
        return claimError(
            QStringLiteral("claim \"%1\" contains control or invisible characters or is too long")
                .arg(where));
    return s;
}

Result<QStringList> readTextList(const QJsonObject &o, const QString &name, bool cids,
                                 const QString &path = {})
{
    const QJsonValue v = o.value(name);
    const QString where = path.isEmpty() ? name : path + QLatin1Char('.') + name;
    if (v.isUndefined())
        return QStringList();
    if (!v.isArray())
        return claimError(QStringLiteral("claim \"%1\" must be an array of strings").arg(where));
    QStringList out;
    const QJsonArray array = v.toArray();
    if (array.size() > 100000)
        return claimError(QStringLiteral("claim \"%1\" has too many entries").arg(where));
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().isEmpty() || !detail::isSafeText(item.toString()))
            return claimError(
                QStringLiteral("claim \"%1\" must be an array of non-empty strings").arg(where));
        if (cids && !crypto::Cid::parse(item.toString()).ok())
            return claimError(
                QStringLiteral("claim \"%1\" holds \"%2\", which is not a CID").arg(where, item.toString()));
        out.append(item.toString());
    }
    return out;
}

Status readCount(const QJsonObject &o, const QString &name, qint64 &out, const QString &path)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined())
        return {};
    if (!detail::readInteger(v, out))
        return claimError(QStringLiteral("claim \"%1.%2\" must be a non-negative integer").arg(path, name));
    return {};
}

} // namespace

QJsonObject TokenClaims::toJson() const
{
    QJsonObject o = raw;
    auto setText = [&](const char *name, const QString &value) {
        if (value.isEmpty())
            o.remove(QLatin1String(name));
        else
            o.insert(QLatin1String(name), value);
    };
    setText("iss", iss);
    setText("sub", sub);
    setText("jti", jti);
    setText("mf", mf);
    setText("lic", lic);
    setText("job", job);
    if (aud.size() == 1)
        o.insert(QStringLiteral("aud"), aud.first());
    else if (aud.isEmpty())
        o.remove(QStringLiteral("aud"));
    else
        o.insert(QStringLiteral("aud"), QJsonArray::fromStringList(aud));
    auto setTime = [&](const char *name, qint64 value) {
        if (value > 0)
            o.insert(QLatin1String(name), value);
        else
            o.remove(QLatin1String(name));
    };
    setTime("iat", iat);
    setTime("nbf", nbf);
    setTime("exp", exp);
    if (shards.isEmpty())
        o.remove(QStringLiteral("shards"));
    else
        o.insert(QStringLiteral("shards"), QJsonArray::fromStringList(shards));

    QJsonObject scope = o.value(QStringLiteral("scope")).toObject();
    if (uses.isEmpty())
        scope.remove(QStringLiteral("uses"));
    else
        scope.insert(QStringLiteral("uses"), QJsonArray::fromStringList(uses));
    auto setCap = [&](const char *name, qint64 value) {
        if (value >= 0)
            scope.insert(QLatin1String(name), value);
        else
            scope.remove(QLatin1String(name));
    };
    setCap("maxBytes", maxBytes);
    setCap("maxRequests", maxRequests);
    if (maxSpend >= 0) {
        // Keep the amount as written ("2.50") when it still says the same.
        const QJsonObject before = scope.value(QStringLiteral("maxSpend")).toObject();
        const QString written = before.value(QStringLiteral("amount")).toString();
        const bool same = parseMoney(written).valueOr(-1) == maxSpend
            && before.value(QStringLiteral("currency")).toString() == maxSpendCurrency;
        scope.insert(QStringLiteral("maxSpend"),
                     QJsonObject { { QStringLiteral("amount"), same ? written : formatMoney(maxSpend) },
                                   { QStringLiteral("currency"), maxSpendCurrency } });
    } else
        scope.remove(QStringLiteral("maxSpend"));
    if (tx.isEmpty())
        scope.remove(QStringLiteral("tx"));
    else
        scope.insert(QStringLiteral("tx"), tx);
    if (scope.isEmpty())
        o.remove(QStringLiteral("scope"));
    else
        o.insert(QStringLiteral("scope"), scope);

    if (cnfJkt.isEmpty())
        o.remove(QStringLiteral("cnf"));
    else
        o.insert(QStringLiteral("cnf"), QJsonObject { { QStringLiteral("jkt"), cnfJkt } });
    return o;
}

Result<TokenClaims> TokenClaims::fromJson(const QJsonObject &payload)
{
    TokenClaims c;
    c.raw = payload;

    auto text = [&](const char *name, QString &out) -> Status {
        auto r = readText(payload, QLatin1String(name));
        if (!r)
            return r.error();
        out = *r;
        return {};
    };
    SG_TRY(text("iss", c.iss));
    SG_TRY(text("sub", c.sub));
    SG_TRY(text("jti", c.jti));
    SG_TRY(text("mf", c.mf));
    SG_TRY(text("lic", c.lic));
    SG_TRY(text("job", c.job));
    if (!c.mf.isEmpty() && !crypto::Cid::parse(c.mf).ok())
        return claimError(QStringLiteral("claim \"mf\" is not a manifest CID"));
    if (!c.lic.isEmpty() && !crypto::Cid::parse(c.lic).ok())
        return claimError(QStringLiteral("claim \"lic\" is not a license hash (CID)"));

    const QJsonValue aud = payload.value(QStringLiteral("aud"));
    if (aud.isString()) {
        if (aud.toString().isEmpty() || !detail::isSafeText(aud.toString()))
            return claimError(QStringLiteral("claim \"aud\" is empty or has control characters"));
        c.aud = QStringList { aud.toString() };
    } else if (aud.isArray()) {
        auto list = readTextList(payload, QStringLiteral("aud"), false);
        if (!list)
            return list.error();
        if (list->isEmpty())
            return claimError(QStringLiteral("claim \"aud\" is an empty array"));
        c.aud = *list;
    } else if (!aud.isUndefined()) {
        return claimError(QStringLiteral("claim \"aud\" must be a string or an array of strings"));
    }

    auto time = [&](const char *name, qint64 &out) -> Status {
        const QJsonValue v = payload.value(QLatin1String(name));
        if (v.isUndefined())
            return {};
        if (!detail::readInteger(v, out) || out == 0)
            return claimError(QStringLiteral("claim \"%1\" must be a positive integer NumericDate")
                                  .arg(QLatin1String(name)));
        return {};
    };
    SG_TRY(time("iat", c.iat));
    SG_TRY(time("nbf", c.nbf));
    SG_TRY(time("exp", c.exp));

    auto shards = readTextList(payload, QStringLiteral("shards"), true);
    if (!shards)
        return shards.error();
    c.shards = *shards;

    const QJsonValue scopeValue = payload.value(QStringLiteral("scope"));
    if (!scopeValue.isUndefined()) {
        if (!scopeValue.isObject())
            return claimError(QStringLiteral("claim \"scope\" must be an object"));
        const QJsonObject scope = scopeValue.toObject();
        auto uses = readTextList(scope, QStringLiteral("uses"), false, QStringLiteral("scope"));
        if (!uses)
            return uses.error();
        c.uses = *uses;
        SG_TRY(readCount(scope, QStringLiteral("maxBytes"), c.maxBytes, QStringLiteral("scope")));
        SG_TRY(readCount(scope, QStringLiteral("maxRequests"), c.maxRequests, QStringLiteral("scope")));
        const QJsonValue spend = scope.value(QStringLiteral("maxSpend"));
        if (!spend.isUndefined()) {
            const QJsonObject s = spend.toObject();
            const QJsonValue amount = s.value(QStringLiteral("amount"));
            const QString currency = s.value(QStringLiteral("currency")).toString();
            if (!spend.isObject() || !amount.isString())
                return claimError(
                    QStringLiteral("claim \"scope.maxSpend\" must be {\"amount\": \"<decimal>\", "
                                   "\"currency\": \"<ISO 4217>\"}"));
            const auto micros = parseMoney(amount.toString());
            if (!micros)
                return claimError(
                    QStringLiteral("claim \"scope.maxSpend.amount\": %1").arg(micros.errorString()));
            static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
            if (!iso.match(currency).hasMatch())
                return claimError(
                    QStringLiteral("claim \"scope.maxSpend.currency\" must be three upper-case letters"));
            c.maxSpend = *micros;
            c.maxSpendCurrency = currency;
        }
        const QJsonValue tx = scope.value(QStringLiteral("tx"));
        if (!tx.isUndefined()) {
            if (!tx.isObject())
                return claimError(QStringLiteral("claim \"scope.tx\" must be an object"));
            c.tx = tx.toObject();
        }
    }

    const QJsonValue cnf = payload.value(QStringLiteral("cnf"));
    if (!cnf.isUndefined()) {
        const QJsonValue jkt = cnf.toObject().value(QStringLiteral("jkt"));
        if (!cnf.isObject() || !jkt.isString() || jkt.toString().size() != 43)
            return claimError(
                QStringLiteral("claim \"cnf\" must be {\"jkt\": \"<base64url SHA-256 thumbprint>\"}"));
        c.cnfJkt = jkt.toString();
    }
    return c;
}

} // namespace sg::token
