#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgRenderer>

namespace sg::ui {

namespace {

Theme *g_theme = nullptr;

QPalette lightPalette()
{
    QPalette p(QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x1f, 0x23));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::Text, QColor(0x1d, 0x1f, 0x23));
    p.setColor(QPalette::Button, QColor(0xfa, 0xfa, 0xfb));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x1f, 0x23));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, QColor(0x1d, 0x1f, 0x23));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x84, 0x8c));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xdf));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xcf));
    p.setColor(QPalette::BrightText, QColor(0xc0, 0x1c, 0x28));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe4, 0xe6, 0xea));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc8, 0xcf));
    p.setColor(QPalette::Dark, QColor(0xa0, 0xa4, 0xab));
    p.setColor(QPalette::Shadow, QColor(0x60, 0x64, 0x6b));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9e, 0xa5));
    return p;
}

QPalette darkPalette()
{
    QPalette p(QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe7, 0xea));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe7, 0xea));
    p.setColor(QPalette::Button, QColor(0x38, 0x3a, 0x40));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe7, 0xea));
    p.setColor(QPalette::ToolTipBase, QColor(0x38, 0x3a, 0x40));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe7, 0xea));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8e, 0x96));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x78, 0xe7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x9a, 0xff));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x45));
    p.setColor(QPalette::Mid, QColor(0x32, 0x34, 0x39));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0e));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x72, 0x79));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x30, 0x32, 0x36));
    return p;
}

} // namespace

Theme::Theme(QApplication *app) : QObject(app), m_app(app)
{
    detectSystem();
    m_choice = choiceFromName(QSettings().value(QStringLiteral("ui/theme")).toString());
    m_app->setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    apply();
    m_app->installEventFilter(this);
}

Theme *Theme::install(QApplication *app)
{
    if (!g_theme)
        g_theme = new Theme(app);
    return g_theme;
}

Theme *Theme::instance()
{
    return g_theme;
}

void Theme::detectSystem()
{
    // The palette the platform theme gives before we set ours: dark when the window
    // colour is darker than the text colour drawn on it.
    const QPalette platform = QGuiApplication::palette();
    m_systemDark
        = platform.color(QPalette::Window).lightness() < platform.color(QPalette::WindowText).lightness();
    if (qEnvironmentVariableIsSet("SHARDGATE_SYSTEM_DARK"))
        m_systemDark = qEnvironmentVariableIntValue("SHARDGATE_SYSTEM_DARK") != 0;
}

void Theme::setChoice(ThemeChoice choice)
{
    m_choice = choice;
    QSettings().setValue(QStringLiteral("ui/theme"), choiceName(choice));
    apply();
}

void Theme::apply()
{
    m_applying = true;
    m_dark = m_choice == ThemeChoice::Dark || (m_choice == ThemeChoice::System && m_systemDark);
    m_app->setPalette(m_dark ? darkPalette() : lightPalette());
    m_applying = false;
    Q_EMIT changed(m_dark);
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop switched light/dark: read the platform palette again.
    if (watched == m_app && event->type() == QEvent::ThemeChange && !m_applying) {
        m_applying = true;
        m_app->setPalette(QPalette());
        detectSystem();
        m_applying = false;
        apply();
    }
    return QObject::eventFilter(watched, event);
}

QString Theme::choiceName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice Theme::choiceFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return ThemeChoice::Light;
    if (name == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

QIcon Theme::icon(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    const QPalette pal = QGuiApplication::palette();
    QIcon icon;
    const struct
    {
        QIcon::Mode mode;
        QColor color;
    } variants[] = {
        { QIcon::Normal, pal.color(QPalette::WindowText) },
        { QIcon::Selected, pal.color(QPalette::HighlightedText) },
        { QIcon::Disabled, pal.color(QPalette::Disabled, QPalette::WindowText) },
    };
    for (const auto &v : variants) {
        QByteArray tinted = svg;
        tinted.replace("currentColor", v.color.name().toLatin1());
        QSvgRenderer renderer(tinted);
        for (int size : { 16, 22, 32, 48 }) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter painter(&pm);
            renderer.render(&painter);
            painter.end();
            icon.addPixmap(pm, v.mode);
        }
    }
    return icon;
}

} // namespace sg::ui
