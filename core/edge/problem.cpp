#include "problem.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sg::edge {

QByteArray Problem::json() const
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), type());
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("status"), status);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Problem Problem::make(int status, const QString &slug, const QString &title, const QString &detail)
{
    Problem p;
    p.status = status;
    p.slug = slug;
    p.title = title;
    p.detail = detail;
    if (status == 401)
        p.wwwAuthenticate = "Bearer realm=\"shardgate\"";
    return p;
}

const char *reasonText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray reasonPhrase(int status)
{
    return QByteArray(reasonText(status));
}

} // namespace sg::edge
