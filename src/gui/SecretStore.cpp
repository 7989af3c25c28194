#include "SecretStore.h"

#include "log/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

namespace omsua::gui {

namespace {

QString entryKey(const QString& profile)
{
    return QStringLiteral("profile:") + profile;
}

QByteArray toJson(const upgrade::Secrets& secrets)
{
    QJsonObject object;
    if (!secrets.sshPassword.isEmpty())
        object.insert(QStringLiteral("ssh_password"), secrets.sshPassword);
    if (!secrets.sshPassphrase.isEmpty())
        object.insert(QStringLiteral("ssh_passphrase"), secrets.sshPassphrase);
    if (!secrets.metaPassword.isEmpty())
        object.insert(QStringLiteral("meta_password"), secrets.metaPassword);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

upgrade::Secrets fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    upgrade::Secrets secrets;
    secrets.sshPassword = object.value(QStringLiteral("ssh_password")).toString();
    secrets.sshPassphrase = object.value(QStringLiteral("ssh_passphrase")).toString();
    secrets.metaPassword = object.value(QStringLiteral("meta_password")).toString();
    return secrets;
}

// Errors that mean "there is no keychain to talk to", as opposed to "nothing stored".
bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::OtherError || error == QKeychain::NoBackendAvailable ||
           error == QKeychain::NotImplemented || error == QKeychain::AccessDenied ||
           error == QKeychain::AccessDeniedByUser;
}

} // namespace

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{}

QString SecretStore::serviceName()
{
    return QStringLiteral("oms-upgrade-assistant");
}

void SecretStore::markUnavailable(const QKeychain::Job& job)
{
    if (!m_available)
        return;
    m_available = false;
    // QtKeychain's own words are English only ("Unknown error"): the notice says it in ours.
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        m_reason = tr("access to the keychain was denied");
        break;
    case QKeychain::NotImplemented:
        m_reason = tr("this system has no keychain support");
        break;
    default:
        m_reason = tr("no keychain service, such as the Secret Service, is running");
        break;
    }
    log::warn(QStringLiteral("no keychain answered (QtKeychain error %1: %2); secrets are kept in "
                             "memory for this session only")
                  .arg(int(job.error()))
                  .arg(job.errorString()));
    Q_EMIT keychainUnavailable(m_reason);
}

void SecretStore::probe()
{
    if (!m_available)
        return;
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(QStringLiteral("probe"));
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* finished) {
        if (meansNoKeychain(finished->error()))
            markUnavailable(*finished);
    });
    job->start();
}

void SecretStore::read(const QString& profile, std::function<void(const upgrade::Secrets&)> done)
{
    if (!m_available) {
        const upgrade::Secrets secrets = m_memory.value(profile);
        QMetaObject::invokeMethod(
            this, [done, secrets] { done(secrets); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(entryKey(profile));
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, profile, done = std::move(done)](QKeychain::Job* finished) {
                auto* reader = static_cast<QKeychain::ReadPasswordJob*>(finished);
                if (reader->error() == QKeychain::NoError) {
                    done(fromJson(reader->binaryData()));
                    return;
                }
                if (meansNoKeychain(reader->error()))
                    markUnavailable(*reader);
                done(m_memory.value(profile));
            });
    job->start();
}

void SecretStore::write(const QString& profile, const upgrade::Secrets& secrets)
{
    // Kept in memory in any case: a keychain that fails later must not lose what was typed.
    m_memory.insert(profile, secrets);
    if (!m_available) {
        QMetaObject::invokeMethod(
            this, [this, profile] { Q_EMIT written(profile, false); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(entryKey(profile));
    job->setInsecureFallback(false);
    job->setBinaryData(toJson(secrets));
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job* finished) {
        const bool stored = finished->error() == QKeychain::NoError;
        if (!stored)
            markUnavailable(*finished);
        Q_EMIT written(profile, stored);
    });
    job->start();
}

void SecretStore::remove(const QString& profile)
{
    m_memory.remove(profile);
    if (!m_available)
        return;
    auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(entryKey(profile));
    job->setInsecureFallback(false);
    job->start();
}

} // namespace omsua::gui
