#include "RunSession.h"

#include "Workspace.h"

#include <QFileInfo>

namespace omsua::gui {

RunSession::RunSession(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("upgrade-run"));
    m_thread.start();
}

RunSession::~RunSession()
{
    if (m_worker)
        m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

Expected<RunSession::Request> RunSession::requestFor(const Workspace& workspace)
{
    const QString planFile = workspace.planFile();
    if (planFile.isEmpty())
        return makeError(tr("Save the plan as a profile first: a run is journaled per plan "
                            "file"));
    const QByteArray yaml = workspace.plan().toYaml();
    auto plan = plan::Plan::fromYaml(yaml, planFile);
    if (!plan)
        return plan.error();
    Request request;
    request.plan = *plan;
    request.planFile = QFileInfo(planFile).absoluteFilePath();
    request.planYaml = yaml;
    // Environment variables (as for the CLI) unless the operator typed something here.
    upgrade::Secrets secrets = upgrade::Secrets::fromEnvironment();
    const upgrade::Secrets& typed = workspace.secrets();
    if (!typed.sshPassword.isEmpty())
        secrets.sshPassword = typed.sshPassword;
    if (!typed.sshPassphrase.isEmpty())
        secrets.sshPassphrase = typed.sshPassphrase;
    if (!typed.metaPassword.isEmpty())
        secrets.metaPassword = typed.metaPassword;
    request.secrets = secrets;
    // An unknown key is refused here: the connection view asks about it before any run.
    request.hostKeyPolicy.unknown = remote::HostKeyPolicy::Unknown::Refuse;
    return request;
}

bool RunSession::start(Request request)
{
    if (m_busy)
        return false;
    auto* worker = new upgrade::UpgradeWorker;
    worker->setRequest(std::move(request));
    worker->moveToThread(&m_thread);
    m_worker = worker;
    using W = upgrade::UpgradeWorker;
    connect(worker, &W::connected, this, &RunSession::connected);
    connect(worker, &W::discovering, this, &RunSession::discovering);
    connect(worker, &W::runOpened, this, &RunSession::runOpened);
    connect(worker, &W::stepStarted, this, &RunSession::stepStarted);
    connect(worker, &W::stepOutput, this, &RunSession::stepOutput);
    connect(worker, &W::stepProgress, this, &RunSession::stepProgress);
    connect(worker, &W::stepFinished, this, &RunSession::stepFinished);
    connect(worker, &W::confirmationNeeded, this, &RunSession::confirmationNeeded);
    connect(worker, &W::finished, this,
            [this, worker](W::Result result, const QString& stepId, const QString& message,
                           const QString& errorCode) {
                // The worker has returned from run(): it can go (in its own thread).
                worker->deleteLater();
                m_busy = false;
                Q_EMIT busyChanged(false);
                Q_EMIT finished(result, stepId, message, errorCode);
            });
    m_busy = true;
    Q_EMIT busyChanged(true);
    QMetaObject::invokeMethod(worker, &W::run, Qt::QueuedConnection);
    return true;
}

void RunSession::cancel()
{
    if (m_worker)
        m_worker->cancel();
}

void RunSession::answerConfirmation(bool proceed)
{
    if (m_worker)
        m_worker->answerConfirmation(proceed);
}

} // namespace omsua::gui
