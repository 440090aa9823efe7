#include "appcontext.h"

#include "common/fileutil.h"

#include <QDir>

namespace sg::ui {

AppContext::AppContext(const QString &home, QObject *parent) : QObject(parent), m_home(home), m_paths(home)
{ }

AppContext::~AppContext() = default;

void AppContext::setBuyer(const QString &buyer, const QString &apiKey)
{
    m_buyer = buyer;
    m_apiKey = apiKey;
    Q_EMIT buyerChanged();
}

bool AppContext::loadDemoBuyer()
{
    auto key = readFile(m_home + QStringLiteral("/demo/buyer.key"), 4096);
    if (!key.ok())
        return false;
    setBuyer(QStringLiteral("demo-buyer"), QString::fromUtf8(key.value()).trimmed());
    return true;
}

} // namespace sg::ui
