#include "welcomedialog.h"

#include "common/paths.h"
#include "crypto/ed25519.h"
#include "shell/theme.h"
#include "widgets/uiutil.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sg::ui {

WelcomeDialog::WelcomeDialog(const QString &home, QWidget *parent)
    : QDialog(parent), m_home(home), m_pass1(new QLineEdit), m_pass2(new QLineEdit),
      m_demo(new QCheckBox(tr("Create a demo dataset (a few MB of text and images), publish it and "
                              "add a demo buyer with 25.00 USD of credits"))),
      m_edge(new QCheckBox(tr("Start the embedded edge on a free loopback port"))), m_error(new QLabel)
{
    setWindowTitle(tr("Welcome to Shardgate"));
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/shardgate.svg")));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Welcome to Shardgate"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    layout->addWidget(title);
    auto *intro = new QLabel(
        tr("Shardgate packages datasets into signed, content-addressed shards, sells access "
           "with short-lived tokens and writes a verifiable receipt for every byte served.<br><br>"
           "Your data folder will be <b>%1</b>. A creator key is made there to sign what you "
           "publish.")
            .arg(QDir::toNativeSeparators(home).toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_pass1->setObjectName(QStringLiteral("passphrase"));
    m_pass1->setEchoMode(QLineEdit::Password);
    m_pass1->setPlaceholderText(tr("Optional"));
    m_pass2->setObjectName(QStringLiteral("passphraseAgain"));
    m_pass2->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Key passphrase:"), m_pass1);
    form->addRow(tr("Repeat:"), m_pass2);
    layout->addLayout(form);
    layout->addWidget(
        hintLabel(tr("With a passphrase the key is stored encrypted; you type it when you pack.")));
    m_demo->setObjectName(QStringLiteral("createDemo"));
    m_demo->setChecked(true);
    m_edge->setObjectName(QStringLiteral("startEdge"));
    m_edge->setChecked(true);
    layout->addWidget(m_demo);
    layout->addWidget(m_edge);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

bool WelcomeDialog::createDemo() const
{
    return m_demo->isChecked();
}

bool WelcomeDialog::startEdge() const
{
    return m_edge->isChecked();
}

QByteArray WelcomeDialog::passphrase() const
{
    return m_pass1->text().toUtf8();
}

demo::DemoWorkspaceOptions WelcomeDialog::demoOptions() const
{
    demo::DemoWorkspaceOptions options;
    options.passphrase = passphrase();
    return options;
}

Status WelcomeDialog::createHomeAndKey(const QString &home, const QByteArray &passphrase)
{
    Paths paths(home);
    QString error;
    if (!paths.ensure(&error))
        return fail(error);
    const QString keyPath = paths.keys() + QStringLiteral("/creator.pem");
    if (QFileInfo::exists(keyPath))
        return {};
    return crypto::Ed25519PrivateKey::generate().saveFile(keyPath, passphrase);
}

void WelcomeDialog::accept()
{
    if (m_pass1->text() != m_pass2->text()) {
        setMessage(m_error, tr("The two passphrases differ."), true);
        return;
    }
    if (!createDemo()) {
        if (auto s = createHomeAndKey(m_home, passphrase()); !s.ok()) {
            setMessage(m_error, s.errorString(), true);
            return;
        }
    }
    QDialog::accept();
}

} // namespace sg::ui
