// shardgate: the desktop console.

#include "shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("shardgate"));
    QApplication::setOrganizationName(QStringLiteral("shardgate"));
    QApplication::setApplicationDisplayName(QStringLiteral("Shardgate"));
    QApplication::setApplicationVersion(QStringLiteral(SG_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Shardgate desktop console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        { QStringLiteral("home"), QStringLiteral("Shardgate home folder."), QStringLiteral("DIR") });
    parser.process(app);

    sg::ui::MainWindow window;
    window.show();
    return app.exec();
}
