#pragma once

// Catalog (buyers): connect to the embedded edge or any edge URL, search and filter its
// datasets, read the license in plain words with a price preview, buy credits, get a
// token with a ready `curl -C -` command, and start a download.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace sg::download {
class EdgeApi;
}

namespace sg::ui {

class AppContext;
class CatalogModel;
struct CatalogItem;

class CatalogWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogWorkspace(AppContext *context, QWidget *parent = nullptr);

    CatalogModel *model() const { return m_model; }
    QString edgeUrl() const;
    QString lastToken() const { return m_token; }
    QString curlCommand() const { return m_curl; }
    QString apiKey() const;

public Q_SLOTS:
    void reload();
    void select(const QString &cid);
    void getToken();
    void buyCredits(const QString &amount);
    void download(const QString &outDir);

Q_SIGNALS:
    void catalogLoaded(int count);
    void tokenIssued(const QString &token);
    void downloadRequested(const QString &edgeUrl, const QString &manifestCid, const QString &outDir);
    void creditsBought(bool ok, const QString &message);

private:
    void showDetails();
    void setStatus(const QString &text, bool error = false);
    const CatalogItem *current() const;
    void updateEdgeChoice();

    AppContext *m_context;
    CatalogModel *m_model;
    download::EdgeApi *m_api = nullptr;
    QComboBox *m_edgeChoice;
    QLineEdit *m_url;
    QLineEdit *m_search;
    QComboBox *m_use;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLabel *m_buyer;
    QLineEdit *m_apiKey;
    QPushButton *m_tokenButton;
    QPushButton *m_downloadButton;
    QPushButton *m_buyButton;
    QPlainTextEdit *m_curlView;
    QPushButton *m_copyCurl;
    QLabel *m_status;
    QString m_token;
    QString m_curl;
};

} // namespace sg::ui
