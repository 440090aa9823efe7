#pragma once

// C2SP signed-note (https://c2sp.org/signed-note) with Ed25519 keys, and C2SP
// tlog-checkpoint bodies (https://c2sp.org/tlog-checkpoint). Compatible with Go's
// golang.org/x/mod/sumdb/note; tested against shared/vectors/checkpoint_note.json.
//
// Key strings:
//   verifier key  "<name>+<hash hex8>+<base64(0x01 || 32-byte public key)>"
//   signer key    "PRIVATE+KEY+<name>+<hash hex8>+<base64(0x01 || 32-byte seed)>"
//   key hash      first 4 bytes of SHA-256(name || 0x0A || 0x01 || public key)
// Signature line: "\u2014 <name> <base64(4-byte key hash || 64-byte signature)>\n".

#include "common/result.h"
#include "crypto/ed25519.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sg::ledger {

class NoteVerifier
{
public:
    static Result<NoteVerifier> fromVerifierKey(QStringView vkey);
    static NoteVerifier fromPublicKey(const QString &name, const crypto::Ed25519PublicKey &key);

    const QString &name() const { return m_name; }
    quint32 keyHash() const { return m_hash; }
    QString verifierKey() const; // "<name>+<hash>+<base64>"
    const crypto::Ed25519PublicKey &publicKey() const { return m_key; }
    bool verify(QByteArrayView message, QByteArrayView signature) const;

private:
    QString m_name;
    quint32 m_hash = 0;
    crypto::Ed25519PublicKey m_key;
};

class NoteSigner
{
public:
    static Result<NoteSigner> fromSignerKey(QStringView skey);
    static Result<NoteSigner> fromPrivateKey(const QString &name, const crypto::Ed25519PrivateKey &key);
    // A fresh random key under name (a valid key name: no spaces, no '+', not empty).
    static Result<NoteSigner> generate(const QString &name);

    const QString &name() const { return m_name; }
    quint32 keyHash() const { return m_hash; }
    QString signerKey() const; // "PRIVATE+KEY+..." (a secret)
    NoteVerifier verifier() const;
    // Signs text (which must end in '\n') and returns the whole signed note.
    Result<QByteArray> sign(QByteArrayView text) const;

private:
    QString m_name;
    quint32 m_hash = 0;
    crypto::Ed25519PrivateKey m_key;
};

quint32 noteKeyHash(const QString &name, const QByteArray &publicKey32);
bool isValidNoteKeyName(QStringView name);

struct NoteSignature
{
    QString name;
    quint32 keyHash = 0;
    QByteArray signature; // 64 bytes for Ed25519
};

struct Note
{
    QByteArray text; // the signed body, ending in '\n'
    QList<NoteSignature> verified; // signatures checked against a known key
    QList<NoteSignature> unverified; // signatures from keys not given (ignored)
};

// note.Open semantics: malformed -> "malformed note"; a signature by a known (name, hash)
// that does not verify -> "invalid signature for key <vkey name+hash>"; nothing verified
// -> "note has no verifiable signatures". Error codes: "format", "signature".
Result<Note> openNote(QByteArrayView signedNote, const QList<NoteVerifier> &known);

struct Checkpoint
{
    QString origin;
    qint64 size = 0;
    QByteArray rootHash; // 32 bytes
    QList<QByteArray> extensions; // extra body lines, kept verbatim (without '\n')

    QByteArray body() const; // "<origin>\n<size>\n<base64 root>\n" + extensions
    static Result<Checkpoint> parseBody(QByteArrayView body);
};

struct SignedCheckpoint
{
    Checkpoint checkpoint;
    QByteArray note; // the whole signed note, as published
    qint64 timeMs = 0; // when it was signed (not part of the signed bytes)
};

// Opens a signed checkpoint: the log key's signature must verify (unknown cosigners are
// ignored) and the origin line must equal expectedOrigin (default: the key's name).
Result<Checkpoint> openCheckpoint(QByteArrayView signedNote, const NoteVerifier &logKey,
                                  const QString &expectedOrigin = {});

} // namespace sg::ledger
