#pragma once

// Shared by the market commands (publish, account, token, revoke, datasets): opening the
// home's market store and one synchronous JSON call to an edge.

#include "command.h"
#include "download/edgeapi.h"
#include "market/market.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <memory>

namespace sg::cli {

inline Result<std::unique_ptr<market::Market>> openMarket(Context &ctx, bool readOnly = false)
{
    market::MarketOptions o;
    o.home = ctx.home();
    o.dbUrl = ctx.db();
    o.readOnly = readOnly;
    return market::Market::open(o);
}

// POSTs body to the edge and waits for the answer. The bearer secret goes in the
// Authorization header only, never into messages.
inline download::ApiReply postToEdge(const QString &edge, const QString &path, const QJsonObject &body,
                                     const QByteArray &bearer)
{
    download::EdgeApi api { QUrl(edge) };
    download::ApiReply reply;
    QEventLoop loop;
    api.postJson(path, body, bearer, [&](const download::ApiReply &r) {
        reply = r;
        loop.quit();
    });
    loop.exec();
    return reply;
}

// Free text (titles, notes) for a terminal: control and format characters (newlines, bidi
// overrides, zero-width characters) become U+FFFD so they cannot reorder or hide output.
inline QString displayText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const auto cat = c.category();
        out += (cat == QChar::Other_Control || cat == QChar::Other_Format) ? QChar(0xFFFD) : c;
    }
    return out;
}

// The problem detail of an error answer (RFC 9457), or the transport error.
inline QString describeReply(const download::ApiReply &reply)
{
    if (reply.status != 0) {
        const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        const QString detail = o.value(QStringLiteral("detail")).toString();
        const QString title = o.value(QStringLiteral("title")).toString();
        if (!detail.isEmpty() || !title.isEmpty())
            return QStringLiteral("HTTP %1: %2").arg(reply.status).arg(detail.isEmpty() ? title : detail);
    }
    return reply.describe();
}

} // namespace sg::cli
