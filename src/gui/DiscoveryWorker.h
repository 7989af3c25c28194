#pragma once

#include "HostKeyPrompt.h"
#include "plan/Plan.h"
#include "remote/SshTypes.h"
#include "upgrade/HostDiscovery.h"
#include "upgrade/Secrets.h"

#include <QObject>
#include <QThread>

Q_DECLARE_METATYPE(omsua::upgrade::Discovery)
Q_DECLARE_METATYPE(omsua::plan::Plan)
Q_DECLARE_METATYPE(omsua::upgrade::Secrets)

namespace omsua::gui {

// Runs in its own thread: opens a HostSession there (libssh2 and QtSql objects stay in that
// thread), reads what the host has, and reports back by queued signals. It never waits for the
// operator: an unknown host key is refused and reported, and the GUI asks again with the
// fingerprint the operator accepted.
class DiscoveryWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

public Q_SLOTS:
    // acceptedFingerprint: a host key the operator accepted for this host (remembered in the
    // plan's known_hosts when presented); any other unknown key is refused.
    void discover(const omsua::plan::Plan& plan, const omsua::upgrade::Secrets& secrets,
                  const QString& acceptedFingerprint);

Q_SIGNALS:
    void progress(const QString& what);
    void discovered(const omsua::upgrade::Discovery& found);
    void failed(const QString& error);
    void hostKeyUnknown(const omsua::gui::HostKeyPrompt& prompt);
    void hostKeyRefused(const omsua::gui::HostKeyPrompt& prompt);

private:
    static HostKeyPrompt describeRefusal(const plan::Plan& plan, const Error& error,
                                         const remote::HostKeyInfo& presented);
};

// The GUI-thread side: owns the worker's thread and forwards requests to it.
class HostDiscoveryService : public QObject
{
    Q_OBJECT

public:
    explicit HostDiscoveryService(QObject* parent = nullptr);
    ~HostDiscoveryService() override;

    void discover(const plan::Plan& plan, const upgrade::Secrets& secrets,
                  const QString& acceptedFingerprint = {});
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void requested(const omsua::plan::Plan& plan, const omsua::upgrade::Secrets& secrets,
                   const QString& acceptedFingerprint);
    void progress(const QString& what);
    void discovered(const omsua::upgrade::Discovery& found);
    void failed(const QString& error);
    void hostKeyUnknown(const omsua::gui::HostKeyPrompt& prompt);
    void hostKeyRefused(const omsua::gui::HostKeyPrompt& prompt);

private:
    QThread m_thread;
    DiscoveryWorker* m_worker = nullptr;
    bool m_busy = false;
};

} // namespace omsua::gui
