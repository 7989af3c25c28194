#include "upgrade/steps/HealthStep.h"

#include "docker/DockerCli.h"
#include "upgrade/HealthProbe.h"
#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"
#include "upgrade/steps/StepSupport.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QUrl>

namespace omsua::upgrade::steps {

namespace {
constexpr int kDefaultTimeoutMin = 15;
constexpr int kPollMs = 2000;
} // namespace

QString HealthStep::title() const
{
    return tr("Wait until OMS is healthy");
}

QString HealthStep::describe(const StepContext& context) const
{
    const Discovery* found = context.discovery();
    const QString url = found ? consoleUrl(context.plan(), *found) + QStringLiteral("oms/health")
                              : QStringLiteral("/oms/health");
    return tr("GET %1 every %2 s until data.healthy is true (at most %3 minutes); through an SSH "
              "forward when this computer cannot reach the console.")
        .arg(url)
        .arg(kPollMs / 1000)
        .arg(definition().params.value(QStringLiteral("timeout_min"), kDefaultTimeoutMin).toInt());
}

Precheck HealthStep::precheck(StepContext& context)
{
    if (auto host = hostOf(context); !host)
        return Precheck::refused(host.error());
    if (auto discovery = discoveryOf(context); !discovery)
        return Precheck::refused(discovery.error());
    return Precheck::ready();
}

Expected<void> HealthStep::act(StepContext& context)
{
    HostSession* host = *hostOf(context);
    const Discovery& found = **discoveryOf(context);
    // The upgrade waits for the new container, a rollback (param container: old) for the old.
    const QString container =
        definition().params.value(QStringLiteral("container")).toString() == QLatin1String("old")
            ? context.plan().oms.container
            : newContainerName(context.plan(), found.targetVersion);
    const quint16 port = found.config.nginxServerPort;
    QString address = omsHostIp(context.plan(), found);
    if (address.isEmpty())
        address = context.plan().ssh.host;
    QUrl url(QStringLiteral("http://%1:%2/oms/health").arg(address).arg(port));
    context.recordCommand(QStringLiteral("GET ") + url.toString());

    const int timeoutMin =
        definition().params.value(QStringLiteral("timeout_min"), kDefaultTimeoutMin).toInt();
    QDeadlineTimer deadline{std::chrono::minutes(timeoutMin)};
    bool forwarded = false;
    QString lastState;
    int polls = 0;
    while (true) {
        if (context.cancelled())
            return makeError(tr("Cancelled while waiting for OMS to become healthy"),
                             url.toString());
        auto answer = HealthProbe::get(url, 5000);
        if (!answer && !forwarded) {
            // The console port is often reachable only on the host itself.
            auto local = host->forwardPort(QStringLiteral("127.0.0.1"), port);
            if (local) {
                forwarded = true;
                url = QUrl(QStringLiteral("http://127.0.0.1:%1/oms/health").arg(*local));
                context.output(tr("%1 is not reachable from here; asking through the SSH host\n")
                                   .arg(address));
                context.recordCommand(
                    QStringLiteral("GET http://127.0.0.1:%1/oms/health (on the host, "
                                   "through SSH)")
                        .arg(port));
                continue;
            }
        }
        const QString state = answer
                                  ? (answer->healthy ? QStringLiteral("healthy") : answer->message)
                                  : answer.error().message;
        if (state != lastState) {
            context.output(tr("health: %1\n").arg(state));
            lastState = state;
        }
        if (answer && answer->healthy) {
            context.record().data.insert(QStringLiteral("health"), answer->document);
            m_verdict = tr("%1 reports healthy").arg(url.toString());
            return {};
        }
        if (deadline.hasExpired())
            return makeError(
                tr("OMS did not become healthy within %1 minutes: %2").arg(timeoutMin).arg(state),
                url.toString(),
                tr("look at `docker logs %1` and /home/admin/logs in the container; "
                   "resume to wait again, or roll back")
                    .arg(container));
        // A container that died will never become healthy: say so at once.
        if (++polls % 5 == 0) {
            auto info = host->docker().inspectContainer(container);
            if (info && !info->state.running)
                return makeError(tr("%1 stopped (%2) while waiting for it to become healthy")
                                     .arg(container, info->state.status),
                                 container, tr("look at `docker logs %1`").arg(container));
        }
        QThread::msleep(kPollMs);
    }
}

Expected<QString> HealthStep::verify(StepContext&)
{
    return m_verdict;
}

} // namespace omsua::upgrade::steps
