#include "console.h"

#include "settings/settingsworkspace.h"
#include "shell/appcontext.h"
#include "shell/mainwindow.h"

namespace sg::ui {

Console::Console(AppContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_window(std::make_unique<MainWindow>())
{
    m_settings = new SettingsWorkspace(context);
    m_window->addWorkspace(tr("Settings"), QStringLiteral("settings"), m_settings);
}

Console::~Console() = default;

QStringList Console::workspaceNames()
{
    return { QStringLiteral("settings") };
}

} // namespace sg::ui
