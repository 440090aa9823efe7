#include "ledger/note.h"

#include "crypto/encoding.h"
#include "crypto/sha256.h"

#include <QSet>
#include <QtEndian>

namespace sg::ledger {

namespace {

constexpr char kAlgEd25519 = 0x01;
const QByteArray kSigPrefix = QByteArrayLiteral("\xe2\x80\x94 "); // U+2014 EM DASH, space

Error malformed()
{
    return fail(QStringLiteral("malformed note"), QStringLiteral("format"));
}

QString hex8(quint32 v)
{
    return QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0'));
}

bool parseHex8(QStringView s, quint32 *out)
{
    if (s.size() != 8)
        return false;
    bool ok = false;
    const uint v = s.toUInt(&ok, 16);
    if (!ok)
        return false;
    for (QChar c : s) { // toUInt would accept upper case and a "0x" prefix
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    *out = v;
    return true;
}

} // namespace

bool isValidNoteKeyName(QStringView name)
{
    if (name.isEmpty() || !name.isValidUtf16())
        return false;
    for (QChar c : name) {
        if (c.isSpace() || c == QLatin1Char('+'))
            return false;
    }
    return true;
}

quint32 noteKeyHash(const QString &name, const QByteArray &publicKey32)
{
    crypto::Sha256 h;
    h.add(name.toUtf8());
    h.add("\n\x01", 2);
    h.add(publicKey32);
    return qFromBigEndian<quint32>(h.result().constData());
}

// --- NoteVerifier ---

Result<NoteVerifier> NoteVerifier::fromVerifierKey(QStringView vkey)
{
    const auto bad = [](const QString &why) {
        return fail(QStringLiteral("malformed verifier key: ") + why
                        + QStringLiteral("; expected <name>+<8 hex digits>+<base64 key>"),
                    QStringLiteral("format"));
    };
    const QString text = vkey.trimmed().toString();
    const qsizetype p1 = text.indexOf(QLatin1Char('+'));
    if (p1 < 0)
        return bad(QStringLiteral("no '+'"));
    const qsizetype p2 = text.indexOf(QLatin1Char('+'), p1 + 1);
    if (p2 < 0)
        return bad(QStringLiteral("only one '+'"));
    const QString name = text.left(p1);
    quint32 hash = 0;
    if (!isValidNoteKeyName(name))
        return bad(QStringLiteral("invalid key name"));
    if (!parseHex8(QStringView(text).mid(p1 + 1, p2 - p1 - 1), &hash))
        return bad(QStringLiteral("the key hash is not 8 lower-case hex digits"));
    auto key = crypto::base64Decode(QStringView(text).mid(p2 + 1).toLatin1());
    if (!key.ok() || key->isEmpty())
        return bad(QStringLiteral("the key is not base64"));
    if (key->at(0) != kAlgEd25519 || key->size() != 33)
        return bad(QStringLiteral("not an Ed25519 key (algorithm byte 0x01 and 32 bytes)"));
    if (noteKeyHash(name, key->mid(1)) != hash)
        return fail(QStringLiteral("verifier key hash does not match its name and key"),
                    QStringLiteral("format"));
    auto pub = crypto::Ed25519PublicKey::fromRaw(QByteArrayView(*key).sliced(1));
    if (!pub.ok())
        return pub.error();
    NoteVerifier v;
    v.m_name = name;
    v.m_hash = hash;
    v.m_key = *pub;
    return v;
}

NoteVerifier NoteVerifier::fromPublicKey(const QString &name, const crypto::Ed25519PublicKey &key)
{
    NoteVerifier v;
    v.m_name = name;
    v.m_key = key;
    v.m_hash = noteKeyHash(name, key.raw());
    return v;
}

QString NoteVerifier::verifierKey() const
{
    return m_name + QLatin1Char('+') + hex8(m_hash) + QLatin1Char('+')
        + QString::fromLatin1(crypto::base64Encode(QByteArray(1, kAlgEd25519) + m_key.raw()));
}

bool NoteVerifier::verify(QByteArrayView message, QByteArrayView signature) const
{
    return !m_key.isNull() && m_key.verify(message, signature);
}

// --- NoteSigner ---

Result<NoteSigner> NoteSigner::fromSignerKey(QStringView skey)
{
    const auto bad = [](const QString &why) {
        return fail(QStringLiteral("malformed signer key: ") + why
                        + QStringLiteral("; expected PRIVATE+KEY+<name>+<8 hex digits>+<base64 key>"),
                    QStringLiteral("format"));
    };
    const QString text = skey.trimmed().toString();
    if (!text.startsWith(QLatin1String("PRIVATE+KEY+")))
        return bad(QStringLiteral("no PRIVATE+KEY+ prefix"));
    // name + hash + key; the base64 key itself may contain '+'.
    const QString rest = text.mid(12);
    const qsizetype p1 = rest.indexOf(QLatin1Char('+'));
    const qsizetype p2 = p1 < 0 ? -1 : rest.indexOf(QLatin1Char('+'), p1 + 1);
    if (p2 < 0)
        return bad(QStringLiteral("wrong number of '+' separated parts"));
    const QStringList parts = { rest.left(p1), rest.mid(p1 + 1, p2 - p1 - 1), rest.mid(p2 + 1) };
    quint32 hash = 0;
    if (!isValidNoteKeyName(parts.at(0)))
        return bad(QStringLiteral("invalid key name"));
    if (!parseHex8(parts.at(1), &hash))
        return bad(QStringLiteral("the key hash is not 8 lower-case hex digits"));
    auto key = crypto::base64Decode(parts.at(2).toLatin1());
    if (!key.ok() || key->size() != 33 || key->at(0) != kAlgEd25519)
        return bad(QStringLiteral("not an Ed25519 seed (algorithm byte 0x01 and 32 bytes)"));
    auto priv = crypto::Ed25519PrivateKey::fromSeed(QByteArrayView(*key).sliced(1));
    if (!priv.ok())
        return priv.error();
    auto signer = fromPrivateKey(parts.at(0), *priv);
    if (!signer.ok())
        return signer.error();
    if (signer->m_hash != hash)
        return fail(QStringLiteral("signer key hash does not match its name and key"),
                    QStringLiteral("format"));
    return signer;
}

Result<NoteSigner> NoteSigner::fromPrivateKey(const QString &name, const crypto::Ed25519PrivateKey &key)
{
    if (!isValidNoteKeyName(name))
        return fail(QStringLiteral("invalid note key name '%1': it must be non-empty, without spaces or '+'")
                        .arg(name),
                    QStringLiteral("format"));
    if (key.isNull())
        return fail(QStringLiteral("no private key"), QStringLiteral("format"));
    NoteSigner s;
    s.m_name = name;
    s.m_key = key;
    s.m_hash = noteKeyHash(name, key.publicKey().raw());
    return s;
}

Result<NoteSigner> NoteSigner::generate(const QString &name)
{
    return fromPrivateKey(name, crypto::Ed25519PrivateKey::generate());
}

QString NoteSigner::signerKey() const
{
    return QStringLiteral("PRIVATE+KEY+") + m_name + QLatin1Char('+') + hex8(m_hash) + QLatin1Char('+')
        + QString::fromLatin1(crypto::base64Encode(QByteArray(1, kAlgEd25519) + m_key.seed()));
}

NoteVerifier NoteSigner::verifier() const
{
    return NoteVerifier::fromPublicKey(m_name, m_key.publicKey());
}

Result<QByteArray> NoteSigner::sign(QByteArrayView text) const
{
    if (text.isEmpty() || text.back() != '\n' || text.contains(QByteArrayView("\n\n")))
        return fail(QStringLiteral("note text must be non-empty, end in a newline and have no blank line"),
                    QStringLiteral("format"));
    QByteArray sig(4, 0);
    qToBigEndian<quint32>(m_hash, sig.data());
    sig += m_key.sign(text);
    QByteArray out = text.toByteArray();
    out += '\n';
    out += kSigPrefix + m_name.toUtf8() + ' ' + crypto::base64Encode(sig) + '\n';
    return out;
}

// --- Open ---

Result<Note> openNote(QByteArrayView msg, const QList<NoteVerifier> &known)
{
    // Valid UTF-8 with no control characters other than newline.
    const QString decoded = QString::fromUtf8(msg);
    if (decoded.toUtf8() != msg)
        return malformed();
    for (QChar c : decoded) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n'))
            return malformed();
    }
    const qsizetype split = QByteArray::fromRawData(msg.data(), msg.size()).lastIndexOf("\n\n");
    if (split < 0)
        return malformed();
    const QByteArrayView text = msg.first(split + 1);
    QByteArrayView sigs = msg.sliced(split + 2);
    if (sigs.isEmpty() || sigs.back() != '\n')
        return malformed();

    Note note;
    note.text = text.toByteArray();
    QSet<QString> seen;
    QSet<QByteArray> seenUnverified;
    int numSig = 0;
    while (!sigs.isEmpty()) {
        const qsizetype nl = sigs.indexOf('\n');
        const QByteArrayView line = sigs.first(nl);
        sigs = sigs.sliced(nl + 1);
        if (!line.startsWith(kSigPrefix))
            return malformed();
        const QByteArrayView rest = line.sliced(kSigPrefix.size());
        const qsizetype sp = rest.indexOf(' ');
        if (sp < 0)
            return malformed();
        const QString name = QString::fromUtf8(rest.first(sp));
        const QByteArrayView b64 = rest.sliced(sp + 1);
        auto raw = crypto::base64Decode(b64);
        if (!raw.ok() || !isValidNoteKeyName(name) || b64.isEmpty() || raw->size() < 5)
            return malformed();
        if (++numSig > 100)
            return malformed();
        NoteSignature sig;
        sig.name = name;
        sig.keyHash = qFromBigEndian<quint32>(raw->constData());
        sig.signature = raw->mid(4);
        const NoteVerifier *verifier = nullptr;
        for (const NoteVerifier &v : known) {
            if (v.name() == name && v.keyHash() == sig.keyHash) {
                verifier = &v;
                break;
            }
        }
        if (!verifier) {
            if (!seenUnverified.contains(line.toByteArray())) {
                seenUnverified.insert(line.toByteArray());
                note.unverified.append(sig);
            }
            continue;
        }
        const QString id = name + QLatin1Char('+') + hex8(sig.keyHash);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (!verifier->verify(text, sig.signature))
            return fail(QStringLiteral("invalid signature for key ") + id, QStringLiteral("signature"));
        note.verified.append(sig);
    }
    if (note.verified.isEmpty())
        return fail(QStringLiteral("note has no verifiable signatures"), QStringLiteral("signature"));
    return note;
}

// --- Checkpoint ---

QByteArray Checkpoint::body() const
{
    QByteArray out
        = origin.toUtf8() + '\n' + QByteArray::number(size) + '\n' + crypto::base64Encode(rootHash) + '\n';
    for (const QByteArray &e : extensions)
        out += e + '\n';
    return out;
}

Result<Checkpoint> Checkpoint::parseBody(QByteArrayView body)
{
    const auto bad = [](const QString &why) {
        return fail(QStringLiteral("malformed checkpoint: ") + why, QStringLiteral("format"));
    };
    if (body.isEmpty() || body.back() != '\n')
        return bad(QStringLiteral("the body must end in a newline"));
    const QList<QByteArray> lines = body.first(body.size() - 1).toByteArray().split('\n');
    if (lines.size() < 3)
        return bad(QStringLiteral("need an origin, a size and a root hash line"));
    Checkpoint c;
    c.origin = QString::fromUtf8(lines.at(0));
    if (c.origin.isEmpty())
        return bad(QStringLiteral("empty origin line"));
    const QByteArray &sizeText = lines.at(1);
    bool ok = !sizeText.isEmpty() && sizeText.size() <= 19 && (sizeText == "0" || sizeText.at(0) != '0');
    for (char ch : sizeText)
        ok = ok && ch >= '0' && ch <= '9';
    c.size = ok ? sizeText.toLongLong(&ok) : 0;
    if (!ok || c.size < 0)
        return bad(QStringLiteral("tree size '%1' is not a decimal number").arg(QString::fromUtf8(sizeText)));
    auto root = crypto::base64Decode(lines.at(2));
    if (!root.ok() || root->size() != 32)
        return bad(QStringLiteral("the root hash is not base64 of 32 bytes"));
    c.rootHash = *root;
    for (qsizetype i = 3; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            return bad(QStringLiteral("empty extension line"));
        c.extensions.append(lines.at(i));
    }
    return c;
}

Result<Checkpoint> openCheckpoint(QByteArrayView signedNote, const NoteVerifier &logKey,
                                  const QString &expectedOrigin)
{
    auto note = openNote(signedNote, { logKey });
    if (!note.ok())
        return note.error();
    auto cp = Checkpoint::parseBody(note->text);
    if (!cp.ok())
        return cp.error();
    const QString origin = expectedOrigin.isEmpty() ? logKey.name() : expectedOrigin;
    if (cp->origin != origin)
        return fail(QStringLiteral("checkpoint is for log '%1', not '%2'").arg(cp->origin, origin),
                    QStringLiteral("origin"));
    return cp;
}

} // namespace sg::ledger
