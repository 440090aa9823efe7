#pragma once

// Wires the edge to the marketplace core of a home (or shared store): the catalog and the
// blob store are the content, the token verifier + license policy + revocations + buyer
// accounts are the access gate, and the token service, revocations, jobs and JWKS are the
// API extension. `serve` and the GUI's embedded edge both use this.

#include "common/clock.h"
#include "common/result.h"
#include "edge/edgeserver.h"

#include <memory>

namespace sg::market {
class Market;
}
namespace sg::token {
class TokenVerifier;
}

namespace sg::edge {

struct MarketBindingOptions
{
    QString home;
    QString dbUrl; // --db; empty = SQLite in the home
    const Clock *clock = nullptr;
    // false (the default): a first delivery is served once its debit is committed; the
    // market's WAL syncer puts it on disk about a millisecond later, while the bytes flow
    // (market::Durability::Deferred). true: served only once the debit is on disk.
    bool syncCharges = false;
};

class MarketBinding
{
public:
    ~MarketBinding();
    static Result<std::unique_ptr<MarketBinding>> open(const MarketBindingOptions &options);

    // Content, gate and API extension over the market; receipts go to ledger.
    EdgeServices services(std::shared_ptr<ledger::Ledger> ledger, std::shared_ptr<Metrics> metrics);
    // SIGHUP: reloads signing keys and revocations, forgets cached catalog entries.
    Status reload();

    market::Market &market();
    const MarketBindingOptions &options() const;

    struct Private; // shared with the content source, gate and API routes

private:
    MarketBinding();
    std::shared_ptr<Private> d;
};

} // namespace sg::edge
