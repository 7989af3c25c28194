#include "upgrade/steps/StepSupport.h"

#include "upgrade/HostSession.h"
#include "upgrade/JournalKeys.h"

#include <QJsonArray>

namespace omsua::upgrade::steps {

Expected<HostSession*> hostOf(StepContext& context)
{
    if (!context.host() || !context.host()->isConnected())
        return makeError(QStringLiteral("No SSH session to the host"), context.record().id,
                         QStringLiteral("connect to the host first"));
    return context.host();
}

Expected<const Discovery*> discoveryOf(const StepContext& context)
{
    if (!context.discovery())
        return makeError(QStringLiteral("The host has not been examined in this session"),
                         QStringLiteral("discovery"));
    return context.discovery();
}

Expected<metadb::MetaDbConnection*> metaDbOf(StepContext& context)
{
    auto host = hostOf(context);
    if (!host)
        return host.error();
    if (!(*host)->metaDbConnected())
        return makeError(QStringLiteral("The MetaDB is not connected"), QStringLiteral("MetaDB"),
                         QStringLiteral("check config.yaml's oms_meta_* values, the network, or "
                                        "metadb.tunnel in the plan, then resume"));
    return &(*host)->metadb();
}

QString omsHostIp(const plan::Plan& plan, const Discovery& discovery)
{
    if (!plan.oms.hostIp.isEmpty())
        return plan.oms.hostIp;
    return discovery.container.env.value(QStringLiteral("OMS_HOST_IP"));
}

QString consoleUrl(const plan::Plan& plan, const Discovery& discovery)
{
    QString host = omsHostIp(plan, discovery);
    if (host.isEmpty())
        host = plan.ssh.host;
    return QStringLiteral("http://%1:%2/").arg(host).arg(discovery.config.nginxServerPort);
}

namespace {
void appendOnce(Journal& journal, const QString& key, const QString& text)
{
    QJsonArray list = journal.facts().value(key).toArray();
    if (list.contains(text))
        return;
    list.append(text);
    journal.setFact(key, list);
}
} // namespace

void addWarning(Journal& journal, const QString& text)
{
    appendOnce(journal, keys::warnings, text);
}

void addManualFollowUp(Journal& journal, const QString& text)
{
    appendOnce(journal, keys::manualFollowUps, text);
}

} // namespace omsua::upgrade::steps
