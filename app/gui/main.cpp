// shardgate: the desktop console.
//   shardgate [--home DIR]   opens the console on a home (first run: a short welcome)
//   shardgate --demo          prepares the demo workspace in the home, starts the embedded
//                             edge on a free loopback port and opens the console populated

#include "common/paths.h"
#include "shell/appcontext.h"
#include "shell/console.h"
#include "shell/demosetup.h"
#include "shell/mainwindow.h"
#include "shell/resources.h"
#include "shell/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

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
    parser.addOption(homeOption);
    parser.addOption(demoOption);
    parser.addOption(themeOption);
    parser.process(app);

    sg::ui::initResources();
    QTranslator translator;
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    if (translator.load(language.isEmpty() ? QLocale() : QLocale(language), QStringLiteral("shardgate"),
                        QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    auto *theme = sg::ui::Theme::install(&app);
    if (parser.isSet(themeOption))
        theme->setChoice(sg::ui::Theme::choiceFromName(parser.value(themeOption)));

    const QString home = sg::Paths::resolveHome(parser.value(homeOption));
    sg::ui::AppContext context(home);
    sg::ui::Console console(&context);
    auto *window = console.window();

    if (parser.isSet(demoOption)) {
        auto *setup = new sg::ui::DemoSetup(home, {}, &app);
        QObject::connect(setup, &sg::ui::DemoSetup::finished, &app, [&, setup](bool ok) {
            if (!ok) {
                QMessageBox::critical(nullptr, QObject::tr("Shardgate demo"),
                                      QObject::tr("The demo workspace could not be prepared in %1:\n%2")
                                          .arg(home, setup->result().errorString()));
                QCoreApplication::exit(1);
                return;
            }
            context.setDemoManifestCid(setup->result()->manifestCid);
            context.setBuyer(setup->result()->buyer, setup->result()->apiKey);
            window->show();
        });
        setup->start(nullptr);
    } else {
        context.loadDemoBuyer();
        window->show();
    }
    return app.exec();
}
