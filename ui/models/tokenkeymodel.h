#pragma once

// The token signing keys of a home (core/market TokenKeyStore files, judged by the live
// keyring): which key signs new tokens, which older ones still verify the tokens they
// signed, and which are retired.

#include <QAbstractTableModel>
#include <QList>

namespace sg::ui {

class TokenKeyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Status, Kid, Created, PublicKey, ColumnCount };
    enum class KeyStatus { Active, Verifying, Retired };
    enum DataRole { KidRole = Qt::UserRole + 1, ActiveRole };

    struct Row
    {
        QString kid; // RFC 7638 thumbprint
        QString publicKey; // "ed25519:<base64url>"
        qint64 createdSecs = 0;
        KeyStatus status = KeyStatus::Retired;
    };

    explicit TokenKeyModel(QObject *parent = nullptr);

    // Newest first.
    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    QString activeKid() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(KeyStatus status);

private:
    QList<Row> m_rows;
};

} // namespace sg::ui
