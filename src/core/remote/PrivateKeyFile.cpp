#include "remote/PrivateKeyFile.h"

#include "remote/KnownHosts.h"

#include <QFile>
#include <QFileInfo>

namespace omsua::remote {

namespace {

// Reads one SSH "string" (uint32 length + bytes) at *offset.
bool readSshString(const QByteArray& data, qsizetype* offset, QByteArray* out)
{
    if (*offset + 4 > data.size())
        return false;
    const auto* p = reinterpret_cast<const uchar*>(data.constData() + *offset);
    const quint32 length =
        (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (qsizetype(length) > data.size() - *offset - 4)
        return false;
    *out = data.mid(*offset + 4, length);
    *offset += 4 + qsizetype(length);
    return true;
}

QByteArray pemBody(const QByteArray& text)
{
    QByteArray body;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith("-----") || line.contains(':'))
            continue;
        body += line;
    }
    return QByteArray::fromBase64(body);
}

} // namespace

PrivateKeyFile PrivateKeyFile::inspect(const QString& path)
{
    PrivateKeyFile key;
    QFile file(path);
    key.m_exists = file.exists();
    const QString pub = path + QStringLiteral(".pub");
    if (QFileInfo::exists(pub))
        key.m_publicKeyPath = pub;
    if (!key.m_exists || !file.open(QIODevice::ReadOnly))
        return key;
    key.m_readable = true;
    const QByteArray text = file.read(1024 * 1024);

    if (text.contains("-----BEGIN OPENSSH PRIVATE KEY-----")) {
        key.m_format = QStringLiteral("openssh");
        // "openssh-key-v1\0" cipher kdf kdfoptions nkeys publickey... : everything up to the
        // first public key is in clear even when the key is encrypted.
        const QByteArray blob = pemBody(text);
        const QByteArray magic("openssh-key-v1", 15); // includes the NUL
        if (blob.startsWith(magic)) {
            qsizetype offset = magic.size();
            QByteArray cipher, kdf, kdfOptions, publicKey;
            if (readSshString(blob, &offset, &cipher) && readSshString(blob, &offset, &kdf) &&
                readSshString(blob, &offset, &kdfOptions) && offset + 4 <= blob.size()) {
                offset += 4; // number of keys
                key.m_encrypted = cipher != "none";
                if (readSshString(blob, &offset, &publicKey))
                    key.m_keyType = KnownHosts::keyTypeOfBlob(publicKey);
            }
        }
    } else if (text.contains("-----BEGIN RSA PRIVATE KEY-----")) {
        key.m_format = QStringLiteral("pem");
        key.m_keyType = QStringLiteral("ssh-rsa");
    } else if (text.contains("-----BEGIN EC PRIVATE KEY-----")) {
        key.m_format = QStringLiteral("pem");
        key.m_keyType = QStringLiteral("ecdsa");
    } else if (text.contains("-----BEGIN DSA PRIVATE KEY-----")) {
        key.m_format = QStringLiteral("pem");
        key.m_keyType = QStringLiteral("ssh-dss");
    } else if (text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
        key.m_format = QStringLiteral("pkcs8");
        key.m_encrypted = true;
    } else if (text.contains("-----BEGIN PRIVATE KEY-----")) {
        key.m_format = QStringLiteral("pkcs8");
    }
    if (key.m_format == QLatin1String("pem") && text.contains("Proc-Type: 4,ENCRYPTED"))
        key.m_encrypted = true;

    // The .pub file names the type when the private key does not tell (PKCS#8).
    if ((key.m_keyType.isEmpty() || key.m_keyType == QLatin1String("ecdsa")) &&
        !key.m_publicKeyPath.isEmpty()) {
        QFile pubFile(key.m_publicKeyPath);
        if (pubFile.open(QIODevice::ReadOnly)) {
            const QByteArray first = pubFile.readLine().trimmed().split(' ').value(0);
            if (!first.isEmpty())
                key.m_keyType = QString::fromLatin1(first);
        }
    }
    return key;
}

} // namespace omsua::remote
