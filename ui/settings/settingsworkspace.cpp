#include "settingsworkspace.h"

#include "common/clock.h"
#include "common/fileutil.h"
#include "crypto/ed25519.h"
#include "edge/marketbinding.h"
#include "i18n/translations.h"
#include "market/market.h"
#include "market/tokenservice.h"
#include "models/tokenkeymodel.h"
#include "shell/appcontext.h"
#include "shell/embeddededge.h"
#include "shell/theme.h"
#include "widgets/async.h"
#include "widgets/uiutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace sg::ui {

namespace {
const QString kListenKey = QStringLiteral("edge/listen");
const QString kAutostartKey = QStringLiteral("edge/autostart");
// Read by EmbeddedEdge::start too.
const QString kCacheCapacityKey = QStringLiteral("edge/cacheCapacity");
const QString kRateLimitKey = QStringLiteral("edge/rateLimitPerBuyer");
const QString kSyncChargesKey = QStringLiteral("edge/syncCharges");
const QString kDefaultCapacity = QStringLiteral("10GiB");
// Read by DownloadManager::start (through cachedDownloadWrites()).
const QString kCachedWritesKey = QStringLiteral("downloads/cachedWrites");
} // namespace

QString SettingsWorkspace::defaultListen()
{
    return QSettings().value(kListenKey, QStringLiteral("127.0.0.1:0")).toString();
}

bool SettingsWorkspace::autostartEdge()
{
    return QSettings().value(kAutostartKey, true).toBool();
}

bool SettingsWorkspace::cachedDownloadWrites()
{
    return QSettings().value(kCachedWritesKey, false).toBool();
}

SettingsWorkspace::SettingsWorkspace(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_theme(new QComboBox), m_language(new QComboBox),
      m_home(new QLabel), m_creatorKey(new QLabel), m_keyMessage(new QLabel), m_listen(new QLineEdit),
      m_autostart(new QCheckBox(tr("Start the embedded edge when the console opens"))),
      m_tokenKeys(new TokenKeyModel(this)), m_tokenKeyTable(new QTableView), m_tokenKeyMessage(new QLabel)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *page = new QWidget;
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 18, 24, 18);
    addPageHeader(layout, tr("Settings"),
                  tr("Appearance, the data folder, keys, the edge's defaults and downloads."));

    // Appearance
    auto *appearance = new QGroupBox(tr("Appearance"));
    auto *af = new QFormLayout(appearance);
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->addItem(tr("Follow the system"), Theme::choiceName(ThemeChoice::System));
    m_theme->addItem(tr("Light"), Theme::choiceName(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), Theme::choiceName(ThemeChoice::Dark));
    if (auto *theme = Theme::instance())
        m_theme->setCurrentIndex(m_theme->findData(Theme::choiceName(theme->choice())));
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        if (auto *theme = Theme::instance())
            theme->setChoice(Theme::choiceFromName(m_theme->currentData().toString()));
    });
    // The scheme may also change from elsewhere (--theme, the View menu): follow it.
    if (auto *theme = Theme::instance())
        connect(theme, &Theme::changed, this, [this, theme] {
            const QSignalBlocker block(m_theme);
            m_theme->setCurrentIndex(m_theme->findData(Theme::choiceName(theme->choice())));
        });
    af->addRow(tr("Theme:"), m_theme);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    for (const auto &lang : i18n::availableLanguages())
        m_language->addItem(lang.nativeName, lang.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(i18n::savedLanguage())));
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { i18n::saveLanguage(m_language->currentData().toString()); });
    af->addRow(tr("Language:"), m_language);
    af->addRow(QString(), hintLabel(tr("A new language applies the next time the console starts.")));
    layout->addWidget(appearance);

    // Data folder
    auto *data = new QGroupBox(tr("Data folder"));
    auto *dl = new QVBoxLayout(data);
    m_home->setObjectName(QStringLiteral("homePath"));
    m_home->setText(QDir::toNativeSeparators(m_context->home()));
    m_home->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dl->addWidget(m_home);
    dl->addWidget(hintLabel(tr("Blobs (the shards), the market and ledger databases and the keys live here. "
                               "Start with <tt>shardgate --home DIR</tt> to use another folder.")));
    auto *openHome = new QPushButton(tr("Open in file manager"));
    connect(openHome, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_context->home())); });
    auto *hb = new QHBoxLayout;
    hb->addWidget(openHome);
    hb->addStretch();
    dl->addLayout(hb);
    layout->addWidget(data);

    // Keys
    auto *keys = new QGroupBox(tr("Keys"));
    auto *kf = new QFormLayout(keys);
    m_creatorKey->setObjectName(QStringLiteral("creatorPublicKey"));
    m_creatorKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line: a tagged key has no spaces, and word wrap broke it at a '-' of its base64url
    // (the rest hidden when the key appeared after the page was laid out).
    m_creatorKey->setWordWrap(false);
    kf->addRow(tr("Creator key:"), m_creatorKey);
    auto *exportKey = new QPushButton(tr("Export public key…"));
    exportKey->setObjectName(QStringLiteral("exportPublicKey"));
    connect(exportKey, &QPushButton::clicked, this, &SettingsWorkspace::exportPublicKey);
    auto *kb = new QHBoxLayout;
    kb->addWidget(exportKey);
    kb->addStretch();
    kf->addRow(QString(), kb);
    m_keyMessage->setWordWrap(true);
    m_keyMessage->hide();
    kf->addRow(QString(), m_keyMessage);
    m_keysForm = kf;
    layout->addWidget(keys);

    // Token signing keys
    auto *tokenKeys = new QGroupBox(tr("Token signing keys"));
    auto *tl = new QVBoxLayout(tokenKeys);
    tl->addWidget(
        hintLabel(tr("The market signs buyers' access tokens with the active key; edges fetch the public "
                     "keys from /.well-known/jwks.json. Rotate to start signing with a new key: the old "
                     "one keeps verifying the tokens it signed until they expire.")));
    m_tokenKeyTable->setObjectName(QStringLiteral("tokenKeyTable"));
    m_tokenKeyTable->setModel(m_tokenKeys);
    m_tokenKeyTable->verticalHeader()->hide();
    m_tokenKeyTable->horizontalHeader()->setStretchLastSection(true);
    m_tokenKeyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tokenKeyTable->setWordWrap(false);
    m_tokenKeyTable->setTextElideMode(Qt::ElideMiddle);
    m_tokenKeyTable->verticalHeader()->setDefaultSectionSize(m_tokenKeyTable->fontMetrics().height() + 8);
    m_tokenKeyTable->setMinimumHeight(m_tokenKeyTable->fontMetrics().height() * 7);
    m_tokenKeyTable->setMaximumHeight(m_tokenKeyTable->fontMetrics().height() * 11);
    tl->addWidget(m_tokenKeyTable);
    auto *tb = new QHBoxLayout;
    auto *rotate = new QPushButton(tr("Rotate signing key"));
    rotate->setObjectName(QStringLiteral("rotateTokenKey"));
    connect(rotate, &QPushButton::clicked, this, &SettingsWorkspace::rotateTokenKey);
    auto *jwks = new QPushButton(tr("Export public keys (JWKS)…"));
    jwks->setObjectName(QStringLiteral("exportJwks"));
    connect(jwks, &QPushButton::clicked, this, [this] {
        const QString out = QFileDialog::getSaveFileName(this, tr("Export token public keys"),
                                                         QDir::homePath() + QStringLiteral("/jwks.json"),
                                                         tr("JSON files (*.json);;All files (*)"));
        if (!out.isEmpty())
            exportJwks(out);
    });
    tb->addWidget(rotate);
    tb->addWidget(jwks);
    tb->addStretch();
    tl->addLayout(tb);
    m_tokenKeyMessage->setObjectName(QStringLiteral("tokenKeyMessage"));
    m_tokenKeyMessage->setWordWrap(true);
    m_tokenKeyMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tl->addWidget(m_tokenKeyMessage);
    layout->addWidget(tokenKeys);
    // The live keyring is the running edge's; while it is stopped, the key files.
    connect(m_context->edge(), &EmbeddedEdge::stateChanged, this, [this](EmbeddedEdge::State state) {
        if (state == EmbeddedEdge::State::Running || state == EmbeddedEdge::State::Stopped)
            refreshTokenKeys();
    });

    // Edge defaults
    auto *edge = new QGroupBox(tr("Edge defaults"));
    auto *ef = new QFormLayout(edge);
    m_listen->setObjectName(QStringLiteral("defaultListen"));
    m_listen->setText(defaultListen());
    m_listen->setToolTip(
        tr("HOST:PORT; port 0 picks a free port. Loopback keeps the edge private to this machine."));
    connect(m_listen, &QLineEdit::editingFinished, this,
            [this] { QSettings().setValue(kListenKey, m_listen->text().trimmed()); });
    ef->addRow(tr("Listen address:"), m_listen);
    m_autostart->setChecked(autostartEdge());
    connect(m_autostart, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(kAutostartKey, on); });
    ef->addRow(QString(), m_autostart);
    // Both apply when the embedded edge (re)starts.
    auto *capacity = new QLineEdit(QSettings().value(kCacheCapacityKey, kDefaultCapacity).toString());
    capacity->setObjectName(QStringLiteral("cacheCapacity"));
    connect(capacity, &QLineEdit::editingFinished, this, [capacity] {
        const QString text = capacity->text().trimmed();
        if (parseSize(text) > 0)
            QSettings().setValue(kCacheCapacityKey, text);
        else // not a size: back to the value in force
            capacity->setText(QSettings().value(kCacheCapacityKey, kDefaultCapacity).toString());
    });
    ef->addRow(tr("Cache capacity:"), capacity);
    auto *rate = new QDoubleSpinBox;
    rate->setObjectName(QStringLiteral("rateLimitPerBuyer"));
    rate->setRange(0, 1e6);
    rate->setDecimals(1);
    rate->setSpecialValueText(tr("no limit"));
    rate->setSuffix(tr(" requests/s"));
    rate->setValue(QSettings().value(kRateLimitKey, 0.0).toDouble());
    connect(rate, &QDoubleSpinBox::valueChanged, this,
            [](double v) { QSettings().setValue(kRateLimitKey, v); });
    ef->addRow(tr("Rate limit per buyer:"), rate);
    auto *syncCharges = new QCheckBox(tr("Sync each charge to disk before serving the shard"));
    syncCharges->setObjectName(QStringLiteral("syncCharges"));
    syncCharges->setToolTip(
        tr("Off: a charge is committed before the first byte and synced to disk about a millisecond later, "
           "while the bytes flow (a crash of the edge loses no charge; a power cut can lose the last "
           "millisecond's). On: no byte of a shard leaves before its charge is on disk (slower)."));
    syncCharges->setChecked(QSettings().value(kSyncChargesKey, false).toBool());
    connect(syncCharges, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(kSyncChargesKey, on); });
    ef->addRow(QString(), syncCharges);
    layout->addWidget(edge);

    // Downloads: applies to every download started (or resumed) afterwards.
    auto *downloads = new QGroupBox(tr("Downloads"));
    auto *dlf = new QVBoxLayout(downloads);
    auto *cachedWrites = new QCheckBox(tr("Write downloads through the page cache"));
    cachedWrites->setObjectName(QStringLiteral("cachedWrites"));
    cachedWrites->setToolTip(
        tr("Keeps the downloaded data in memory, so a program that reads it right afterwards "
           "finds it there. Slower for large datasets, and it pushes other programs' data out of "
           "memory. Unticked, verified shards are written directly to disk (O_DIRECT), but only "
           "where the filesystem takes it; elsewhere the page cache is used anyway."));
    cachedWrites->setChecked(cachedDownloadWrites());
    connect(cachedWrites, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(kCachedWritesKey, on); });
    dlf->addWidget(cachedWrites);
    layout->addWidget(downloads);
    layout->addStretch();
    for (auto *form : { af, kf, ef })
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (QWidget *w : std::initializer_list<QWidget *> { m_theme, m_language, m_listen })
        w->setMinimumWidth(280);
    page->setMaximumWidth(980);

    refreshKeys();
    refreshTokenKeys();
    // Publishing (the demo's included) may have made the creator key.
    connect(m_context, &AppContext::catalogChanged, this, &SettingsWorkspace::refreshKeys);
}

void SettingsWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshKeys();
}

namespace {

qint64 keyFileCreated(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral("^token-signing-([0-9]{1,19})\\.pem$"));
    const auto m = re.match(fileName);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

// The keyring that decides: the running edge's (live), else one read from the files now.
Result<std::shared_ptr<token::TokenKeyring>>
currentKeyring(const std::shared_ptr<edge::MarketBinding> &binding, const QString &keysDir)
{
    if (binding)
        return binding->market().keyring(false);
    return market::TokenKeyStore::load(keysDir, Clock::system(), false);
}

} // namespace

void SettingsWorkspace::refreshTokenKeys()
{
    if (m_tokenKeysBusy) {
        m_tokenKeysAgain = true;
        return;
    }
    m_tokenKeysBusy = true;
    const QString keysDir = m_context->paths().keys();
    auto binding = m_context->edge()->isRunning() ? m_context->edge()->binding() : nullptr;
    using Rows = QList<TokenKeyModel::Row>;
    runAsync(
        this,
        [binding, keysDir]() -> Result<Rows> {
            const QStringList files = market::TokenKeyStore::keyFiles(keysDir);
            if (files.isEmpty())
                return Rows();
            auto ring = currentKeyring(binding, keysDir);
            if (!ring.ok())
                return ring.error();
            const qint64 now = Clock::system()->nowSecs();
            const QString active = ring.value()->activeKid();
            Rows rows;
            for (const QString &name : files) {
                auto key = crypto::Ed25519PrivateKey::loadFile(keysDir + QLatin1Char('/') + name);
                if (!key.ok())
                    return fail(QStringLiteral("token signing key %1: %2").arg(name, key.errorString()));
                TokenKeyModel::Row row;
                row.kid = token::TokenKeyring::thumbprint(key->publicKey());
                row.publicKey = key->publicKey().toTagged();
                row.createdSecs = keyFileCreated(name);
                row.status = row.kid == active                     ? TokenKeyModel::KeyStatus::Active
                    : ring.value()->find(row.kid, now).has_value() ? TokenKeyModel::KeyStatus::Verifying
                                                                   : TokenKeyModel::KeyStatus::Retired;
                rows.prepend(row);
            }
            return rows;
        },
        [this](const Result<Rows> &r) {
            m_tokenKeysBusy = false;
            if (!r.ok()) {
                setMessage(m_tokenKeyMessage, r.errorString(), true);
            } else {
                m_tokenKeys->setRows(r.value());
                m_tokenKeyTable->resizeColumnsToContents();
                const QString noKey = tr("No token signing key yet: the market creates one when it first "
                                         "issues a token (or rotate now).");
                if (r->isEmpty())
                    setMessage(m_tokenKeyMessage, noKey, false);
                else if (m_tokenKeyMessage->text() == noKey)
                    m_tokenKeyMessage->clear(); // a key came meanwhile (the edge made one)
                Q_EMIT tokenKeysLoaded(int(r->size()));
            }
            if (m_tokenKeysAgain) {
                m_tokenKeysAgain = false;
                refreshTokenKeys();
            }
        });
}

void SettingsWorkspace::rotateTokenKey()
{
    auto binding = m_context->edge()->isRunning() ? m_context->edge()->binding() : nullptr;
    auto market = m_context->market();
    if (!binding && !market) {
        const QString message = tr("The market is not open yet; try again in a moment.");
        setMessage(m_tokenKeyMessage, message, true);
        Q_EMIT tokenKeyRotated(false, message);
        return;
    }
    setMessage(m_tokenKeyMessage, tr("Rotating…"), false);
    runAsync(
        this,
        [binding, market]() -> Result<QString> {
            // Through the running edge's market: its keyring is the one signing tokens.
            return binding ? binding->market().rotateSigningKey() : market->rotateSigningKey();
        },
        [this, live = bool(binding)](const Result<QString> &r) {
            if (!r.ok()) {
                setMessage(m_tokenKeyMessage, tr("Rotation failed: %1").arg(r.errorString()), true);
                Q_EMIT tokenKeyRotated(false, r.errorString());
                return;
            }
            setMessage(
                m_tokenKeyMessage,
                live ? tr("New signing key %1: the edge signs new tokens with it from now on.").arg(r.value())
                     : tr("New signing key %1: the edge signs with it when it starts.").arg(r.value()),
                false);
            refreshTokenKeys();
            Q_EMIT tokenKeyRotated(true, r.value());
        });
}

void SettingsWorkspace::exportJwks(const QString &path)
{
    const QString keysDir = m_context->paths().keys();
    auto binding = m_context->edge()->isRunning() ? m_context->edge()->binding() : nullptr;
    runAsync(
        this,
        [binding, keysDir, path]() -> Result<int> {
            auto ring = currentKeyring(binding, keysDir);
            if (!ring.ok())
                return ring.error();
            const QJsonObject jwks = ring.value()->jwks(Clock::system()->nowSecs());
            SG_TRY(writeFileAtomic(path, QJsonDocument(jwks).toJson(QJsonDocument::Indented)));
            return int(jwks.value(QStringLiteral("keys")).toArray().size());
        },
        [this, path](const Result<int> &r) {
            const QString message = r.ok() ? tr("%Ln public key(s) written to %1.", nullptr, r.value())
                                                 .arg(QDir::toNativeSeparators(path))
                                           : tr("Cannot export the keys: %1").arg(r.errorString());
            setMessage(m_tokenKeyMessage, message, !r.ok());
            Q_EMIT jwksExported(r.ok(), message);
        });
}

void SettingsWorkspace::refreshKeys()
{
    const QString pubPath = m_context->paths().keys() + QStringLiteral("/creator.pub");
    const QString keyPath = m_context->paths().keys() + QStringLiteral("/creator.pem");
    if (!QFileInfo::exists(keyPath)) {
        m_creatorKey->setText(tr("No creator key yet (the welcome or the demo creates one)."));
        return;
    }
    // The tagged public key is cached beside the private key so it shows without the
    // passphrase; otherwise reading an unencrypted key is instant.
    QFile pub(pubPath);
    if (pub.open(QIODevice::ReadOnly)) {
        m_creatorKey->setText(QString::fromUtf8(pub.readAll()).trimmed());
        return;
    }
    auto key = crypto::Ed25519PrivateKey::loadFile(keyPath);
    m_creatorKey->setText(key.ok()
                              ? key->publicKey().toTagged()
                              : tr("%1 (protected by a passphrase)").arg(QDir::toNativeSeparators(keyPath)));
}

void SettingsWorkspace::exportPublicKey()
{
    const QString keyPath = m_context->paths().keys() + QStringLiteral("/creator.pem");
    auto key = crypto::Ed25519PrivateKey::loadFile(keyPath);
    if (!key.ok() && QFileInfo::exists(keyPath)) {
        bool ok = false;
        const QString pass
            = QInputDialog::getText(this, tr("Creator key"), tr("Passphrase of the creator key:"),
                                    QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        key = crypto::Ed25519PrivateKey::loadFile(keyPath, pass.toUtf8());
    }
    if (!key.ok()) {
        setMessage(m_keyMessage, tr("Cannot read the creator key: %1").arg(key.errorString()), true);
        return;
    }
    const QString out = QFileDialog::getSaveFileName(this, tr("Export public key"),
                                                     QDir::homePath() + QStringLiteral("/creator.pub.pem"),
                                                     tr("PEM files (*.pem);;All files (*)"));
    if (out.isEmpty())
        return;
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(key->publicKey().toPem()) < 0) {
        setMessage(m_keyMessage, tr("Cannot write %1: %2").arg(out, f.errorString()), true);
        return;
    }
    setMessage(m_keyMessage, tr("Public key written to %1 (%2).").arg(out, key->publicKey().toTagged()),
               false);
}

} // namespace sg::ui
