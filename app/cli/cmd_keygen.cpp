// shardgate-cli keygen: creates an Ed25519 signing key (PKCS#8 PEM, mode 0600).

#include "command.h"
#include "crypto/ed25519.h"

#include <QFileInfo>

namespace {

int keygen(sg::cli::Context &ctx)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("out"), QStringLiteral("Write the private key (PKCS#8 PEM) to FILE."),
                  QStringLiteral("FILE") });
    p.addOption(
        { QStringLiteral("passphrase-file"),
          QStringLiteral("Encrypt the key (AES-256-CBC) with the passphrase on the first line of FILE."),
          QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("force"), QStringLiteral("Overwrite an existing key file.") });
    if (!ctx.parse(
            p, QStringLiteral("Create an Ed25519 key pair and print the public key (ed25519:<base64url>)."),
            QStringLiteral("--out KEY.pem")))
        return ctx.exitCode();
    if (!p.positionalArguments().isEmpty())
        return ctx.fail(
            QStringLiteral("unexpected argument %1 (see --help)").arg(p.positionalArguments().first()), 2);
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.fail(QStringLiteral("--out KEY.pem is required"), 2);

    QByteArray passphrase;
    if (p.isSet(QStringLiteral("passphrase-file"))) {
        auto secret = ctx.readSecretFile(p.value(QStringLiteral("passphrase-file")));
        if (!secret)
            return ctx.fail(secret.error());
        if (secret->isEmpty())
            return ctx.fail(
                QStringLiteral("the passphrase file is empty; write a passphrase on its first line"));
        passphrase = *secret;
    }

    const auto key = sg::crypto::Ed25519PrivateKey::generate();
    const sg::Status saved = key.saveFile(out, passphrase, p.isSet(QStringLiteral("force")));
    if (!saved)
        return ctx.fail(saved.error());

    const QString publicKey = key.publicKey().toTagged();
    if (ctx.json())
        ctx.printJson({ { QStringLiteral("publicKey"), publicKey },
                        { QStringLiteral("path"), QFileInfo(out).absoluteFilePath() } });
    else
        ctx.print(publicKey);
    return 0;
}

} // namespace

SG_CLI_COMMAND("keygen", "Create an Ed25519 signing key (PKCS#8 PEM, mode 0600)", keygen)
