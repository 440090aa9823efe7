#pragma once

// The demo workspace that `./run.sh`, the GUI's first run and `shardgate-cli demo` share:
// a creator key, a generated dataset packed and signed, published in the local catalog,
// and a demo buyer with credits. Idempotent: preparing an already-prepared home reuses
// what is there (the buyer's API key is kept in <home>/demo/buyer.key, mode 0600).
// Long-running: call it off the GUI thread; it reports progress through the callback.

#include "common/result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace sg::demo {

struct DemoWorkspaceOptions
{
    QString dataset = QStringLiteral("demo-voices");
    QString version = QStringLiteral("2026-01-10");
    QString buyer = QStringLiteral("demo-buyer");
    QString credits = QStringLiteral("25.00");
    qint64 shardSize = qint64(1) << 20; // small shards so a download shows progress
    QByteArray passphrase; // for the creator key; empty = unencrypted
};

struct DemoWorkspace
{
    QString home;
    QString dataDir; // <home>/demo/data
    QString creatorKeyPath; // <home>/keys/creator.pem
    QString creatorPublicKey; // ed25519:...
    QString manifestPath; // <home>/demo/manifest.json
    QString manifestCid;
    QString buyer;
    QString apiKey; // the demo buyer's API key
};

using DemoProgress = std::function<void(const QString &step, int percent)>;

Result<DemoWorkspace> prepareDemoWorkspace(const QString &home, const DemoWorkspaceOptions &options = {},
                                           const DemoProgress &progress = {},
                                           const std::atomic<bool> *cancel = nullptr);

} // namespace sg::demo
