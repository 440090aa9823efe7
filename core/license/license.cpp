#include "license.h"

#include "common/clock.h"
#include "common/fileutil.h"
#include "crypto/jcs.h"
#include "spdx.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace sg::license {

namespace {

const QString kLicense = QStringLiteral("license");

Error licenseError(const QString &message)
{
    return fail(message, kLicense);
}

// RFC 3339 date-time with whole seconds; returns seconds since the epoch.
Result<qint64> parseRfc3339(const QString &field, const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]+)?(["
                       "Zz]|[+-][0-9]{2}:[0-9]{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return licenseError(
            QStringLiteral("%1 '%2' is not an RFC 3339 time like \"2027-01-01T00:00:00Z\"").arg(field, text));
    if (!m.captured(7).isEmpty())
        return licenseError(
            QStringLiteral("%1 '%2': use whole seconds (no fractional part)").arg(field, text));
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return licenseError(QStringLiteral("%1 '%2' is not a valid date and time").arg(field, text));
    qint64 secs = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    const QString zone = m.captured(8);
    if (zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) != 0) {
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int hh = zone.mid(1, 2).toInt();
        const int mm = zone.mid(4, 2).toInt();
        if (hh > 23 || mm > 59)
            return licenseError(QStringLiteral("%1 '%2' has an invalid UTC offset").arg(field, text));
        secs -= sign * (hh * 3600 + mm * 60);
    }
    return secs;
}

Result<QString> optionalString(const QJsonObject &o, const QString &key, int maxLength)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return QString();
    if (!v.isString())
        return licenseError(QStringLiteral("license.%1 must be a string").arg(key));
    const QString s = v.toString();
    if (s.isEmpty())
        return licenseError(QStringLiteral("license.%1 is empty; leave it out instead").arg(key));
    if (s.size() > maxLength)
        return licenseError(
            QStringLiteral("license.%1 is longer than %2 characters").arg(key).arg(maxLength));
    return s;
}

} // namespace

const QList<Use> &allUses()
{
    static const QList<Use> uses
        = { Use::Train, Use::Finetune, Use::Evaluate, Use::Transform, Use::Redistribute, Use::Commercial };
    return uses;
}

QString useName(Use use)
{
    switch (use) {
    case Use::Train:
        return QStringLiteral("train");
    case Use::Finetune:
        return QStringLiteral("finetune");
    case Use::Evaluate:
        return QStringLiteral("evaluate");
    case Use::Transform:
        return QStringLiteral("transform");
    case Use::Redistribute:
        return QStringLiteral("redistribute");
    case Use::Commercial:
        return QStringLiteral("commercial");
    }
    return {};
}

std::optional<Use> parseUse(const QString &name)
{
    for (Use u : allUses()) {
        if (useName(u) == name)
            return u;
    }
    return std::nullopt;
}

Result<License> License::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return licenseError(QStringLiteral("a license must be a JSON object"));
    const QJsonObject o = value.toObject();

    static const QStringList known
        = { QStringLiteral("id"),          QStringLiteral("spdx"),        QStringLiteral("title"),
            QStringLiteral("uses"),        QStringLiteral("attribution"), QStringLiteral("pricePerAccess"),
            QStringLiteral("pricePerGiB"), QStringLiteral("validUntil"),  QStringLiteral("revocable") };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return licenseError(QStringLiteral("license has an unknown field '%1' (known: %2)")
                                    .arg(it.key(), known.join(QStringLiteral(", "))));
    }
    for (const char *required : { "id", "spdx", "uses", "pricePerAccess" }) {
        if (!o.contains(QLatin1String(required)))
            return licenseError(
                QStringLiteral("license is missing the required field '%1'").arg(QLatin1String(required)));
    }

    License lic;
    const QJsonValue id = o.value(QStringLiteral("id"));
    static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    if (!id.isString() || !idRe.match(id.toString()).hasMatch())
        return licenseError(QStringLiteral("license.id must be a string of 1 to 128 letters, digits, "
                                           "'.', '_', ':' or '-'"));
    lic.id = id.toString();

    const QJsonValue spdx = o.value(QStringLiteral("spdx"));
    if (!spdx.isString())
        return licenseError(QStringLiteral("license.spdx must be a string such as \"CC-BY-4.0\""));
    SG_TRY(validateSpdxId(spdx.toString()));
    lic.spdx = spdx.toString();

    auto title = optionalString(o, QStringLiteral("title"), 200);
    if (!title)
        return title.error();
    lic.title = *title;
    auto attribution = optionalString(o, QStringLiteral("attribution"), 2000);
    if (!attribution)
        return attribution.error();
    lic.attribution = *attribution;

    const QJsonValue uses = o.value(QStringLiteral("uses"));
    if (!uses.isArray())
        return licenseError(QStringLiteral("license.uses must be an array of uses, e.g. [\"train\", "
                                           "\"evaluate\"]"));
    QStringList names;
    for (Use u : allUses())
        names << useName(u);
    QList<Use> given;
    for (const QJsonValue &u : uses.toArray()) {
        if (!u.isString())
            return licenseError(QStringLiteral("license.uses must only contain strings"));
        const auto use = parseUse(u.toString());
        if (!use)
            return licenseError(QStringLiteral("license.uses: unknown use '%1' (allowed: %2)")
                                    .arg(u.toString(), names.join(QStringLiteral(", "))));
        if (given.contains(*use))
            return licenseError(QStringLiteral("license.uses lists '%1' twice").arg(u.toString()));
        given << *use;
    }
    for (Use u : allUses()) {
        if (given.contains(u))
            lic.uses << u;
    }

    auto perAccess = Price::fromJson(o.value(QStringLiteral("pricePerAccess")),
                                     QStringLiteral("license.pricePerAccess"));
    if (!perAccess)
        return licenseError(perAccess.errorString());
    lic.pricePerAccess = *perAccess;
    if (o.contains(QStringLiteral("pricePerGiB"))) {
        auto perGiB
            = Price::fromJson(o.value(QStringLiteral("pricePerGiB")), QStringLiteral("license.pricePerGiB"));
        if (!perGiB)
            return licenseError(perGiB.errorString());
        if (perGiB->currency != lic.pricePerAccess.currency)
            return licenseError(QStringLiteral("license.pricePerGiB is in %1 but pricePerAccess is in %2; "
                                               "use one currency")
                                    .arg(perGiB->currency, lic.pricePerAccess.currency));
        lic.pricePerGiB = *perGiB;
    }

    if (o.contains(QStringLiteral("validUntil"))) {
        const QJsonValue v = o.value(QStringLiteral("validUntil"));
        if (!v.isString())
            return licenseError(QStringLiteral("license.validUntil must be an RFC 3339 string like "
                                               "\"2027-01-01T00:00:00Z\""));
        auto secs = parseRfc3339(QStringLiteral("license.validUntil"), v.toString());
        if (!secs)
            return secs.error();
        lic.validUntil = *secs;
    }
    if (o.contains(QStringLiteral("revocable"))) {
        const QJsonValue v = o.value(QStringLiteral("revocable"));
        if (!v.isBool())
            return licenseError(QStringLiteral("license.revocable must be true or false"));
        lic.revocable = v.toBool();
    }
    return lic;
}

Result<License> License::fromJsonText(QByteArrayView text)
{
    // The canonicalizer's parser is the strict one (duplicate keys, lone surrogates).
    auto canonical = crypto::jcs::canonicalize(text);
    if (!canonical)
        return licenseError(QStringLiteral("license is not valid JSON: %1").arg(canonical.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*canonical, &err);
    if (doc.isNull())
        return licenseError(QStringLiteral("license is not valid JSON: %1").arg(err.errorString()));
    if (!doc.isObject())
        return licenseError(QStringLiteral("a license must be a JSON object"));
    return fromJson(doc.object());
}

Result<License> License::loadFile(const QString &path)
{
    auto data = readFile(path, 1 << 20);
    if (!data)
        return data.error();
    auto lic = fromJsonText(*data);
    if (!lic)
        return licenseError(QStringLiteral("%1: %2").arg(path, lic.errorString()));
    return lic;
}

QJsonObject License::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("spdx"), spdx);
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    QJsonArray u;
    for (Use use : uses)
        u.append(useName(use));
    o.insert(QStringLiteral("uses"), u);
    if (!attribution.isEmpty())
        o.insert(QStringLiteral("attribution"), attribution);
    o.insert(QStringLiteral("pricePerAccess"), pricePerAccess.toJson());
    if (pricePerGiB)
        o.insert(QStringLiteral("pricePerGiB"), pricePerGiB->toJson());
    if (validUntil)
        o.insert(QStringLiteral("validUntil"), formatUtc(*validUntil));
    if (revocable)
        o.insert(QStringLiteral("revocable"), *revocable);
    return o;
}

QByteArray License::canonicalBytes() const
{
    // Cannot fail: the object holds only strings, booleans and arrays of strings.
    return crypto::jcs::canonicalize(QJsonValue(toJson())).valueOr(QByteArray());
}

crypto::Cid License::hash() const
{
    return crypto::Cid::ofData(canonicalBytes());
}

QString License::describe() const
{
    QStringList parts;
    QString head = spdx;
    if (!title.isEmpty())
        head += QStringLiteral(" (%1)").arg(title);
    parts << head;
    QStringList allowed;
    for (Use u : uses)
        allowed << useName(u);
    parts << (allowed.isEmpty() ? QStringLiteral("no use allowed")
                                : QStringLiteral("may %1").arg(allowed.join(QStringLiteral(", "))));
    QStringList denied;
    for (Use u : allUses()) {
        if (!uses.contains(u))
            denied << useName(u);
    }
    if (!denied.isEmpty() && !allowed.isEmpty())
        parts << QStringLiteral("not %1").arg(denied.join(QStringLiteral(", ")));
    QString price
        = QStringLiteral("%1 %2 per access").arg(formatMoney(pricePerAccess.micros), pricePerAccess.currency);
    if (pricePerGiB)
        price += QStringLiteral(" + %1 %2 per GiB")
                     .arg(formatMoney(pricePerGiB->micros), pricePerGiB->currency);
    parts << price;
    if (validUntil)
        parts << QStringLiteral("valid until %1").arg(formatUtc(*validUntil));
    if (revocable)
        parts << (*revocable ? QStringLiteral("revocable") : QStringLiteral("not revocable"));
    if (!attribution.isEmpty())
        parts << QStringLiteral("attribution: %1").arg(attribution);
    return parts.join(QStringLiteral("; "));
}

} // namespace sg::license
