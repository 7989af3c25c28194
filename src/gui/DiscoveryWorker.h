#pragma once

#include "plan/Plan.h"
#include "upgrade/HostDiscovery.h"

#include <QObject>
#include <QThread>

Q_DECLARE_METATYPE(omsua::upgrade::Discovery)
Q_DECLARE_METATYPE(omsua::plan::Plan)

namespace omsua::gui {

// Runs in its own thread: opens a HostSession there (libssh2 and QtSql objects stay in that
// thread), reads what the host has, and reports back by queued signals.
class DiscoveryWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

public Q_SLOTS:
    void discover(const omsua::plan::Plan& plan);

Q_SIGNALS:
    void progress(const QString& what);
    void discovered(const omsua::upgrade::Discovery& found);
    void failed(const QString& error);
};

// The GUI-thread side: owns the worker's thread and forwards requests to it.
class HostDiscoveryService : public QObject
{
    Q_OBJECT

public:
    explicit HostDiscoveryService(QObject* parent = nullptr);
    ~HostDiscoveryService() override;

    void discover(const plan::Plan& plan);
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void requested(const omsua::plan::Plan& plan);
    void progress(const QString& what);
    void discovered(const omsua::upgrade::Discovery& found);
    void failed(const QString& error);

private:
    QThread m_thread;
    DiscoveryWorker* m_worker = nullptr;
    bool m_busy = false;
};

} // namespace omsua::gui
