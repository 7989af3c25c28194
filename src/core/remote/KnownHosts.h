#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace omsua::remote {

// An OpenSSH known_hosts file, read-only once loaded. Understands what `ssh` writes and reads:
// plain and `[host]:port` names, comma-separated name lists with `*`/`?` wildcards and `!`
// negation, hashed names (`|1|salt|hmac`), `@revoked` and `@cert-authority` markers, comments.
// Lines it cannot parse are skipped (and listed in warnings()), as OpenSSH does.
class KnownHosts
{
public:
    enum class Marker { None, Revoked, CertAuthority };

    struct Entry
    {
        int line = 0; // 1-based line number in the file
        Marker marker = Marker::None;
        QString hosts;   // the host field as written (patterns or a hashed name)
        QString keyType; // "ssh-ed25519", "ecdsa-sha2-nistp256", ...
        QByteArray key;  // raw public key blob
        QString comment;
    };

    // How a presented host key compares with the file. Revoked: the key is listed under
    // @revoked for this host and must be refused whatever else the file says.
    enum class Status { Match, Unknown, Mismatch, Revoked };

    struct Verdict
    {
        Status status = Status::Unknown;
        int line = 0;             // Match/Mismatch/Revoked: the line concerned
        QString knownKeyType;     // Mismatch: the recorded key of the same type
        QString knownFingerprint; // Mismatch: its fingerprint
    };

    KnownHosts() = default;

    // A missing file is an empty known_hosts (every host Unknown), not an error; an unreadable
    // one is.
    static Expected<KnownHosts> load(const QString& fileName);
    static KnownHosts parse(const QByteArray& text, const QString& fileName = {});

    // Compares the key a server presented with what is recorded for host:port. Like OpenSSH, a
    // key type with no recorded key is Unknown even when keys of other types are recorded; a
    // different key of a recorded type is a Mismatch.
    Verdict check(const QString& host, quint16 port, const QString& keyType,
                  const QByteArray& key) const;

    // Key types recorded for host:port (markers excluded), in file order, without duplicates.
    QStringList keyTypesFor(const QString& host, quint16 port) const;

    // Appends `host keytype base64` (host in `[host]:port` form unless the port is 22)
    // atomically: the whole file is rewritten to a temporary and renamed (QSaveFile). A new
    // file (and a missing parent directory) is created private to the user (0600 / 0700).
    static Expected<void> append(const QString& fileName, const QString& host, quint16 port,
                                 const QString& keyType, const QByteArray& key);

    // The name under which OpenSSH records host:port: "host" for port 22, else "[host]:port".
    static QString hostToken(const QString& host, quint16 port);

    // "SHA256:" + unpadded base64 of SHA-256(key), exactly as `ssh-keygen -lf` prints it.
    static QString fingerprint(const QByteArray& key);

    // The key type named inside a public key blob (its first SSH string), or empty.
    static QString keyTypeOfBlob(const QByteArray& key);

    // Whether a known_hosts host field (patterns or a hashed name) names hostToken.
    static bool hostFieldMatches(const QString& field, const QString& hostToken);

    const QList<Entry>& entries() const { return m_entries; }
    const QStringList& warnings() const { return m_warnings; }
    QString fileName() const { return m_fileName; }

private:
    QString m_fileName;
    QList<Entry> m_entries;
    QStringList m_warnings;
};

} // namespace omsua::remote
