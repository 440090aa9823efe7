#pragma once

// Light and dark palettes on the Fusion style. "System" follows the platform: Qt 6.4 has
// no QStyleHints::colorScheme, so the platform palette's window lightness decides.
// Icons are monochrome SVGs drawn with "currentColor", tinted for the active palette.

#include <QIcon>
#include <QObject>
#include <QString>

class QApplication;

namespace sg::ui {

enum class ThemeChoice { System, Light, Dark };

class Theme : public QObject
{
    Q_OBJECT

public:
    // Installs Fusion and the palette chosen in the settings ("ui/theme").
    static Theme *install(QApplication *app);
    static Theme *instance();

    ThemeChoice choice() const { return m_choice; }
    void setChoice(ThemeChoice choice);
    bool isDark() const { return m_dark; }
    // True when the platform's own palette is dark (read before Fusion was applied).
    bool systemIsDark() const { return m_systemDark; }

    static QString choiceName(ThemeChoice choice);
    static ThemeChoice choiceFromName(const QString &name);

    // A workspace icon from :/icons/<name>.svg, tinted with the palette's text colour.
    static QIcon icon(const QString &name);

Q_SIGNALS:
    void changed(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Theme(QApplication *app);
    void apply();
    void detectSystem();

    QApplication *m_app;
    ThemeChoice m_choice = ThemeChoice::System;
    bool m_systemDark = false;
    bool m_dark = false;
    bool m_applying = false;
};

} // namespace sg::ui
