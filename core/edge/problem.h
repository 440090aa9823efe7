#pragma once

// RFC 9457 problem details. Every error the edge sends is one of these, with a stable
// `type` ("urn:shardgate:problem:<slug>", listed in docs/api.md) clients can switch on.

#include <QByteArray>
#include <QString>

namespace sg::edge {

struct Problem
{
    int status = 500;
    QString slug; // "token-expired", ...
    QString title;
    QString detail;
    int retryAfterSecs = -1; // 429/503: Retry-After
    QByteArray wwwAuthenticate; // 401: WWW-Authenticate value

    QString type() const { return QStringLiteral("urn:shardgate:problem:") + slug; }
    QByteArray json() const; // application/problem+json body

    static Problem make(int status, const QString &slug, const QString &title, const QString &detail = {});
};

// Reason phrase for a status code ("Partial Content").
QByteArray reasonPhrase(int status);
// The same text, static (no allocation: every response head names it).
const char *reasonText(int status);

} // namespace sg::edge
