#pragma once

// Settings: appearance (theme, language), the data folder, keys (export the creator's
// public key, rotate token keys), how downloads write and the defaults the embedded edge
// starts with.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QCheckBox;
class QFormLayout;
class QTableView;

namespace sg::ui {

class AppContext;
class TokenKeyModel;

class SettingsWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsWorkspace(AppContext *context, QWidget *parent = nullptr);

    // Edge defaults as stored in the settings.
    static QString defaultListen();
    static bool autostartEdge();
    // Downloads: whether shards are written through the page cache (QSettings
    // "downloads/cachedWrites", default false = O_DIRECT where the filesystem takes it).
    static bool cachedDownloadWrites();

    TokenKeyModel *tokenKeyModel() const { return m_tokenKeys; }

public Q_SLOTS:
    void refreshKeys();
    // Reads the token signing keys on a worker (the running edge's keyring, else the key
    // files); tokenKeysLoaded follows.
    void refreshTokenKeys();
    // A new active token signing key (through the running edge's market, so its next
    // tokens carry the new kid; else in the home's key folder). Older keys keep verifying
    // the tokens they signed until those expire.
    void rotateTokenKey();
    // Writes the public token keys as a JWKS document (what /.well-known/jwks.json serves).
    void exportJwks(const QString &path);

Q_SIGNALS:
    void tokenKeysLoaded(int count);
    void tokenKeyRotated(bool ok, const QString &kidOrError);
    void jwksExported(bool ok, const QString &message);

protected:
    // The creator key is read again whenever the page is shown: the demo or the welcome may
    // have made one since the console opened.
    void showEvent(QShowEvent *event) override;

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
    TokenKeyModel *m_tokenKeys;
    QTableView *m_tokenKeyTable;
    QLabel *m_tokenKeyMessage;
    bool m_tokenKeysBusy = false;
    bool m_tokenKeysAgain = false;
};

} // namespace sg::ui
