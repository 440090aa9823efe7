#pragma once

// First run: a short welcome that creates the creator key (with an optional passphrase)
// and the data folder, and by default a generated demo dataset, published, with a demo
// buyer holding credits; the console then starts the embedded edge.

#include "demo/demoworkspace.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace sg::ui {

class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(const QString &home, QWidget *parent = nullptr);

    bool createDemo() const;
    bool startEdge() const;
    QByteArray passphrase() const;
    demo::DemoWorkspaceOptions demoOptions() const;

    // Creates the home and the creator key (no demo): what "Create" does when the demo
    // is unchecked. Fast: no key derivation beyond the passphrase's.
    static Status createHomeAndKey(const QString &home, const QByteArray &passphrase);

    void accept() override;

private:
    QString m_home;
    QLineEdit *m_pass1;
    QLineEdit *m_pass2;
    QCheckBox *m_demo;
    QCheckBox *m_edge;
    QLabel *m_error;
};

} // namespace sg::ui
