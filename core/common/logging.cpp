#include "logging.h"

#include <QCryptographicHash>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcCore, "sg.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "sg.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPackaging, "sg.packaging", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMarket, "sg.market", QtInfoMsg)
Q_LOGGING_CATEGORY(lcToken, "sg.token", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLedger, "sg.ledger", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEdge, "sg.edge", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDownload, "sg.download", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "sg.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "sg.ui", QtInfoMsg)

namespace sg {

static QString fingerprint(const QString &secret)
{
    const QByteArray h = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("[redacted:%1]").arg(QString::fromLatin1(h.toHex().left(8)));
}

QString redact(const QString &text)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*")),
        QRegularExpression(QStringLiteral("sgk_[A-Za-z0-9_-]+")),
    };
    QString out = text;
    for (const QRegularExpression &re : patterns) {
        QString result;
        qsizetype last = 0;
        auto it = re.globalMatch(out);
        while (it.hasNext()) {
            const auto m = it.next();
            result += QStringView(out).mid(last, m.capturedStart() - last);
            result += fingerprint(m.captured());
            last = m.capturedEnd();
        }
        result += QStringView(out).mid(last);
        out = result;
    }
    return out;
}

} // namespace sg
