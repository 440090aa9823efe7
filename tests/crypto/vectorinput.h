#pragma once

// Rebuilds the input bytes described in shared/vectors/cid.json ("inputKinds").

#include "testsupport.h"

#include <QByteArray>
#include <QJsonObject>

namespace sg::test {

inline QByteArray cidVectorInput(const QJsonObject &input)
{
    const QString kind = input.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("utf8"))
        return input.value(QStringLiteral("text")).toString().toUtf8();
    if (kind == QLatin1String("hex"))
        return fromHex(input.value(QStringLiteral("hex")).toString());
    if (kind == QLatin1String("pattern_mod251")) {
        const qsizetype length = qsizetype(input.value(QStringLiteral("length")).toDouble());
        QByteArray out(length, Qt::Uninitialized);
        for (qsizetype i = 0; i < length; ++i)
            out[i] = char(i % 251);
        return out;
    }
    return QByteArray("unknown input kind");
}

} // namespace sg::test
