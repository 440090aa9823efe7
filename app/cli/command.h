#pragma once

// The CLI command registry. Every command lives in its own cmd_<name>.cpp and registers
// itself with SG_CLI_COMMAND; main() only dispatches. Commands parse their arguments
// with a QCommandLineParser prepared by Context::parse(), which adds the options every
// command takes (--home, --db, --json, --help).

#include "common/paths.h"
#include "common/result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace sg::cli {

class Context
{
public:
    Context(QString command, QStringList args);

    const QString &command() const { return m_command; }
    const QStringList &args() const { return m_args; }

    // Adds the common options, processes args. Returns false when the command should end
    // now (help shown or bad usage); exitCode() then says how.
    bool parse(QCommandLineParser &parser, const QString &description, const QString &usageTail = {});
    int exitCode() const { return m_exitCode; }

    bool json() const { return m_json; }
    QString home() const { return m_home; } // resolved (--home, $SHARDGATE_HOME, default)
    QString db() const { return m_db; } // --db or $SHARDGATE_DB, may be empty
    Paths paths() const { return Paths(m_home); }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints "shardgate-cli <command>: <message>" on stderr and returns exit code 1
    // (2 for usage errors). With --json also prints {"error": ...} on stdout.
    int fail(const QString &message, int code = 1);
    int fail(const Error &error, int code = 1) { return fail(error.message, code); }
    // Prints a JSON object on stdout (compact, one line).
    void printJson(const QJsonObject &object);
    // Prints a line on stdout.
    void print(const QString &line);

    // Reads a secret from a file (first line, trailing newline removed).
    Result<QByteArray> readSecretFile(const QString &path);

private:
    QString m_command;
    QStringList m_args;
    bool m_json = false;
    QString m_home;
    QString m_db;
    int m_exitCode = 0;
    QTextStream m_out;
    QTextStream m_err;
};

using CommandFunction = int (*)(Context &);

struct CommandInfo
{
    QString name;
    QString summary;
    CommandFunction run;
};

class Registry
{
public:
    static void add(const CommandInfo &info);
    static const QList<CommandInfo> &all();
    static const CommandInfo *find(const QString &name);
};

struct Registrar
{
    Registrar(const char *name, const char *summary, CommandFunction run)
    {
        Registry::add({ QString::fromUtf8(name), QString::fromUtf8(summary), run });
    }
};

} // namespace sg::cli

#define SG_CLI_COMMAND(name, summary, function)                                                              \
    static const ::sg::cli::Registrar sg_cli_registrar_##function(name, summary, function);
