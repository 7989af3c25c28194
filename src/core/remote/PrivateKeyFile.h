#pragma once

#include <QString>

namespace omsua::remote {

// What can be learnt about a private key file without its passphrase: the key type and whether
// it is encrypted. Used to explain authentication failures precisely (wrong passphrase versus
// unreadable file; an RSA key that libssh2 1.10 can only use with SHA-1 signatures).
class PrivateKeyFile
{
public:
    static PrivateKeyFile inspect(const QString& path);

    bool exists() const { return m_exists; }
    bool readable() const { return m_readable; }
    // Recognised container: "openssh" (openssh-key-v1), "pem", "pkcs8" or empty.
    QString format() const { return m_format; }
    // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", ...; "ecdsa" for a PEM EC key; empty when
    // unknown.
    QString keyType() const { return m_keyType; }
    bool encrypted() const { return m_encrypted; }
    bool isRsa() const { return m_keyType == QLatin1String("ssh-rsa"); }
    // "<path>.pub" when it exists (libssh2 then needs no passphrase to offer the key).
    QString publicKeyPath() const { return m_publicKeyPath; }

private:
    bool m_exists = false;
    bool m_readable = false;
    QString m_format;
    QString m_keyType;
    bool m_encrypted = false;
    QString m_publicKeyPath;
};

} // namespace omsua::remote
