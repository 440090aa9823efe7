#pragma once

// Settings: appearance (theme, language), the data folder, keys (export the creator's
// public key, rotate token keys) and the defaults the embedded edge starts with.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QCheckBox;
class QFormLayout;

namespace sg::ui {

class AppContext;

class SettingsWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsWorkspace(AppContext *context, QWidget *parent = nullptr);

    // Edge defaults as stored in the settings.
    static QString defaultListen();
    static bool autostartEdge();

public Q_SLOTS:
    void refreshKeys();

private:
    void exportPublicKey();

    AppContext *m_context;
    QComboBox *m_theme;
    QComboBox *m_language;
    QLabel *m_home;
    QLabel *m_creatorKey;
    QLabel *m_keyMessage;
    QLineEdit *m_listen;
    QCheckBox *m_autostart;
    QFormLayout *m_keysForm = nullptr;
};

} // namespace sg::ui
