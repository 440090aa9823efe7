// shardgate: the desktop console.
//   shardgate [--home DIR]   opens the console on a home (first run: a short welcome)
//   shardgate --demo          prepares the demo workspace in the home, starts the embedded
//                             edge on a free loopback port and opens the console populated

#include "common/paths.h"
#include "i18n/translations.h"
#include "settings/settingsworkspace.h"
#include "shell/appcontext.h"
#include "shell/console.h"
#include "shell/demosetup.h"
#include "shell/embeddededge.h"
#include "shell/mainwindow.h"
#include "shell/resources.h"
#include "shell/theme.h"
#include "shell/welcomedialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace {

// SIGTERM/SIGINT quit the event loop normally, so the embedded edge drains and the
// receipt log closes cleanly (a killed process leaves reserved sequence numbers that the
// next start must turn into "void" entries).
int g_signalPipe[2] = { -1, -1 };

void onTerminate(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &c, 1);
}

void installQuitOnSignals(QCoreApplication *app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] {
        char c;
        [[maybe_unused]] auto n = ::read(g_signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onTerminate;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
}

// Runs the demo setup with its progress dialog, then calls done(ok).
void prepareDemo(sg::ui::AppContext *context, const sg::demo::DemoWorkspaceOptions &options,
                 std::function<void(bool)> done)
{
    auto *setup = new sg::ui::DemoSetup(context->home(), options, context);
    QObject::connect(setup, &sg::ui::DemoSetup::finished, context, [context, setup, done](bool ok) {
        if (ok) {
            context->setDemoManifestCid(setup->result()->manifestCid);
            context->setBuyer(setup->result()->buyer, setup->result()->apiKey);
        } else {
            QMessageBox::critical(nullptr, QObject::tr("Shardgate demo"),
                                  QObject::tr("The demo workspace could not be prepared in %1:\n%2")
                                      .arg(context->home(), setup->result().errorString()));
        }
        setup->deleteLater();
        done(ok);
    });
    setup->start(nullptr);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("shardgate"));
    QApplication::setOrganizationName(QStringLiteral("shardgate"));
    QApplication::setApplicationDisplayName(QStringLiteral("Shardgate"));
    QApplication::setApplicationVersion(QStringLiteral(SG_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("shardgate"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Shardgate desktop console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption homeOption(QStringLiteral("home"),
                                        QStringLiteral("Shardgate home folder (default: $SHARDGATE_HOME or "
                                                       "the app data folder)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Prepare the demo workspace in the home and start the "
                                                       "embedded edge."));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QStringLiteral("Colour scheme for this run: system, light or dark."),
                                         QStringLiteral("SCHEME"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), QStringLiteral("Workspace to show first (publish, catalog, ...)."),
        QStringLiteral("NAME"));
    parser.addOption(homeOption);
    parser.addOption(demoOption);
    parser.addOption(themeOption);
    parser.addOption(workspaceOption);
    parser.process(app);

    installQuitOnSignals(&app);
    sg::ui::initResources();
    sg::ui::i18n::applySaved();
    auto *theme = sg::ui::Theme::install(&app);
    if (parser.isSet(themeOption))
        theme->setChoice(sg::ui::Theme::choiceFromName(parser.value(themeOption)));

    const QString home = sg::Paths::resolveHome(parser.value(homeOption));
    sg::ui::AppContext context(home);
    sg::ui::Console console(&context);
    auto *window = console.window();
    const int firstWorkspace = parser.isSet(workspaceOption)
        ? int(sg::ui::Console::workspaceIds().indexOf(parser.value(workspaceOption).toLower()))
        : QSettings().value(QStringLiteral("window/workspace"), 0).toInt();
    window->showWorkspace(qBound(0, firstWorkspace, window->workspaceCount() - 1));

    auto open = [&](bool startEdge) {
        context.openMarket();
        if (startEdge)
            context.edge()->start(sg::ui::SettingsWorkspace::defaultListen());
        window->show();
    };

    const bool firstRun = !QFileInfo::exists(sg::Paths(home).keys() + QStringLiteral("/creator.pem"));
    if (parser.isSet(demoOption)) {
        // The demo always listens on a free loopback port.
        prepareDemo(&context, {}, [&](bool ok) {
            if (!ok) {
                QCoreApplication::exit(1);
                return;
            }
            context.openMarket();
            context.edge()->start(QStringLiteral("127.0.0.1:0"));
            window->show();
        });
    } else if (firstRun) {
        sg::ui::WelcomeDialog welcome(home);
        if (welcome.exec() != QDialog::Accepted)
            return 0;
        const bool startEdge = welcome.startEdge();
        if (welcome.createDemo())
            prepareDemo(&context, welcome.demoOptions(), [&, startEdge](bool) { open(startEdge); });
        else
            open(startEdge);
    } else {
        context.loadDemoBuyer();
        open(sg::ui::SettingsWorkspace::autostartEdge());
    }
    return app.exec();
}
