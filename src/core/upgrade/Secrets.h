#pragma once

#include <QString>

namespace omsua::upgrade {

// The secrets a session may need, in memory only. They come from the keychain (GUI), the
// environment (OMS_SSH_PASSWORD, OMS_SSH_PASSPHRASE, OMS_META_PASSWORD) or a prompt; never from
// a command line or a file of ours. Every non-empty one is registered with the log redactor.
struct Secrets
{
    QString sshPassword;
    QString sshPassphrase;
    QString metaPassword; // empty: the one in the host's config.yaml

    static Secrets fromEnvironment();
    void registerWithRedactor() const;
};

} // namespace omsua::upgrade
