#include "resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initShardgateResources()
{
    Q_INIT_RESOURCE(shardgate);
}

namespace sg::ui {
void initResources()
{
    initShardgateResources();
}
} // namespace sg::ui
