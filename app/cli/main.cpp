// shardgate-cli: dispatches to one registered command; no logic of its own.

#include "command.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace sg::cli;

static void printUsage(QTextStream &out)
{
    out << "Usage: shardgate-cli <command> [options]\n\n"
           "Shardgate: package, sell, serve and audit paid training data.\n\n"
           "Commands:\n";
    for (const CommandInfo &c : Registry::all())
        out << "  " << c.name.leftJustified(12) << " " << c.summary << "\n";
    out << "\nEvery command takes --home DIR, --db URL, --json and --help.\n"
           "Run 'shardgate-cli <command> --help' for its options.\n\n"
           "Environment:\n"
           "  SHARDGATE_HOME     the home when --home is not given (default ~/.local/share/shardgate)\n"
           "  SHARDGATE_DB       the market/log store when --db is not given (postgresql://...)\n"
           "  SHARDGATE_API_KEY  the buyer API key for get and token (instead of --api-key-file)\n"
           "  SHARDGATE_SHA256   'openssl' hashes through OpenSSL instead of this CPU's SHA extensions\n";
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shardgate"));
    QCoreApplication::setOrganizationName(QStringLiteral("shardgate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SG_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);

    // The command is the first argument that is neither an option nor an option's value.
    int commandIndex = -1;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--home") || a == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-'))) {
            commandIndex = i;
            break;
        }
    }
    if (commandIndex < 0) {
        if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-V"))) {
            out << "shardgate-cli " << SG_VERSION << "\n";
            return 0;
        }
        if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
            printUsage(out);
            return 0;
        }
        printUsage(err);
        return 2;
    }
    const QString name = args.takeAt(commandIndex);
    if (name == QLatin1String("help")) {
        if (!args.isEmpty() && Registry::find(args.first())) {
            Context ctx(args.first(), { QStringLiteral("--help") });
            return Registry::find(args.first())->run(ctx);
        }
        printUsage(out);
        return 0;
    }
    const CommandInfo *command = Registry::find(name);
    if (!command) {
        err << "shardgate-cli: unknown command '" << name << "' (see 'shardgate-cli --help')\n";
        return 2;
    }
    Context ctx(name, args);
    return command->run(ctx);
}
