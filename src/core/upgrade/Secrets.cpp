#include "upgrade/Secrets.h"

#include "log/Redactor.h"

namespace omsua::upgrade {

Secrets Secrets::fromEnvironment()
{
    Secrets secrets;
    secrets.sshPassword = qEnvironmentVariable("OMS_SSH_PASSWORD");
    secrets.sshPassphrase = qEnvironmentVariable("OMS_SSH_PASSPHRASE");
    secrets.metaPassword = qEnvironmentVariable("OMS_META_PASSWORD");
    secrets.registerWithRedactor();
    return secrets;
}

void Secrets::registerWithRedactor() const
{
    for (const QString& secret : {sshPassword, sshPassphrase, metaPassword}) {
        if (!secret.isEmpty())
            log::Redactor::global().addSecret(secret);
    }
}

} // namespace omsua::upgrade
