#pragma once

#include "upgrade/Secrets.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace QKeychain {
class Job;
}

namespace omsua::gui {

// A profile's secrets (SSH password, key passphrase, MetaDB password) in the OS keychain
// (QtKeychain: Secret Service, macOS Keychain, Windows Credential Manager), one entry per
// profile. When no keychain answers (a headless machine without a Secret Service: QtKeychain
// reports OtherError or NoBackendAvailable) the secrets are kept in this process's memory for
// the session only, and keychainUnavailable() says so once, for a visible notice. Nothing is
// ever written to a file of ours (QtKeychain's plain-text fallback stays off).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject* parent = nullptr);

    // Asks the keychain whether it answers at all (reading an entry that need not exist).
    void probe();
    // `done` is called (on this thread, later) with what is stored; empty fields where nothing
    // is.
    void read(const QString& profile, std::function<void(const upgrade::Secrets&)> done);
    void write(const QString& profile, const upgrade::Secrets& secrets);
    void remove(const QString& profile);

    // False once the keychain failed to answer; from then on memory is used.
    bool keychainAvailable() const { return m_available; }
    QString unavailableReason() const { return m_reason; }

    static QString serviceName();

Q_SIGNALS:
    void keychainUnavailable(const QString& reason);
    // A write finished (in the keychain, or in memory when it did not answer).
    void written(const QString& profile, bool inKeychain);

private:
    void markUnavailable(const QKeychain::Job& job);

    bool m_available = true;
    QString m_reason;
    QHash<QString, upgrade::Secrets> m_memory; // the session-only fallback
};

} // namespace omsua::gui
