#include "command.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace sg::cli {

Context::Context(QString command, QStringList args)
    : m_command(std::move(command)), m_args(std::move(args)), m_out(stdout), m_err(stderr)
{ }

bool Context::parse(QCommandLineParser &parser, const QString &description, const QString &usageTail)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.addOption(
        { QStringLiteral("home"),
          QStringLiteral("Shardgate home folder (default: $SHARDGATE_HOME or the app data folder)."),
          QStringLiteral("DIR") });
    parser.addOption(
        { QStringLiteral("db"),
          QStringLiteral("Store URL: absent = SQLite in the home; postgresql://... = shared store "
                         "(default: $SHARDGATE_DB)."),
          QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Machine-readable JSON output.") });

    QStringList argv = m_args;
    argv.prepend(QStringLiteral("shardgate-cli %1").arg(m_command));
    if (!parser.parse(argv)) {
        m_exitCode = fail(parser.errorText() + QStringLiteral(" (see --help)"), 2);
        return false;
    }
    if (parser.isSet(help)) {
        // Qt writes "Usage: <argv[0]> [options] <positional...>"; name the command instead.
        QString text = parser.helpText();
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        const QString first = text.left(eol);
        const qsizetype options = first.indexOf(QLatin1String(" [options]"));
        QString usage = QStringLiteral("Usage: shardgate-cli %1").arg(m_command);
        usage += options >= 0 ? first.mid(options) : QStringLiteral(" [options]");
        if (!usageTail.isEmpty() && !usage.contains(usageTail))
            usage += QLatin1Char(' ') + usageTail;
        text = usage + text.mid(eol);
        m_out << text;
        m_out.flush();
        m_exitCode = 0;
        return false;
    }
    m_json = parser.isSet(QStringLiteral("json"));
    m_home = Paths::resolveHome(parser.value(QStringLiteral("home")));
    m_db = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                              : qEnvironmentVariable("SHARDGATE_DB");
    return true;
}

int Context::fail(const QString &message, int code)
{
    if (m_json) {
        printJson(QJsonObject { { QStringLiteral("error"), message } });
    }
    m_err << "shardgate-cli " << m_command << ": " << message << "\n";
    m_err.flush();
    return code;
}

void Context::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
    m_out.flush();
}

void Context::print(const QString &line)
{
    m_out << line << "\n";
    m_out.flush();
}

Result<QByteArray> Context::readSecretFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return sg::fail(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    QByteArray data = f.readLine(64 * 1024);
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    return data;
}

static QList<CommandInfo> &registry()
{
    static QList<CommandInfo> commands;
    return commands;
}

void Registry::add(const CommandInfo &info)
{
    registry().append(info);
    std::sort(registry().begin(), registry().end(),
              [](const CommandInfo &a, const CommandInfo &b) { return a.name < b.name; });
}

const QList<CommandInfo> &Registry::all()
{
    return registry();
}

const CommandInfo *Registry::find(const QString &name)
{
    for (const CommandInfo &c : registry())
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace sg::cli
