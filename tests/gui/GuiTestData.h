#pragma once

#include "plan/Plan.h"
#include "upgrade/HostDiscovery.h"

namespace omsua::test {

// A discovered 3.3.0 host with the documented mounts, as HostDiscovery would report it.
inline upgrade::Discovery discoveredHost()
{
    upgrade::Discovery found;
    found.hostKeyFingerprint = QStringLiteral("SHA256:test");
    found.dockerCommand = QStringLiteral("sudo -n docker");
    found.dockerServerVersion = QStringLiteral("20.10.24");
    docker::ContainerInfo& c = found.container;
    c.id = QStringLiteral("0123456789abcdef");
    c.name = QStringLiteral("oms_330");
    c.configImage = QStringLiteral("oceanbase/oms:feature_3.3.0_ce");
    c.state.status = QStringLiteral("running");
    c.state.running = true;
    c.env.insert(QStringLiteral("OMS_HOST_IP"), QStringLiteral("10.0.0.2"));
    c.binds = {
        {QStringLiteral("/data/oms/oms_logs"), QStringLiteral("/home/admin/logs"), false, {}},
        {QStringLiteral("/data/oms/oms_store"), QStringLiteral("/home/ds/store"), false, {}},
        {QStringLiteral("/data/oms/oms_run"), QStringLiteral("/home/ds/run"), false, {}},
        {QStringLiteral("/data/config.yaml"),
         QStringLiteral("/home/admin/conf/config.yaml"),
         false,
         {}},
    };
    found.sourceVersion = QVersionNumber(3, 3, 0);
    found.targetVersion = QVersionNumber(3, 3, 1);
    found.config.sourceName = QStringLiteral("10.0.0.2:/data/config.yaml");
    found.config.metaHost = QStringLiteral("10.0.0.1");
    found.config.metaPort = 2883;
    found.config.metaUser = QStringLiteral("root@oms#obcluster");
    found.databases = {QStringLiteral("rm_330"), QStringLiteral("cm_330"),
                       QStringLiteral("cm_hb_330")};
    return found;
}

inline plan::Plan targetPlan()
{
    plan::Plan plan;
    plan.ssh.host = QStringLiteral("10.0.0.2");
    plan.ssh.user = QStringLiteral("admin");
    plan.ssh.knownHosts = QStringLiteral("/nonexistent/known_hosts");
    plan.oms.container = QStringLiteral("oms_330");
    plan.oms.targetImage = QStringLiteral("oceanbase/oms:feature_3.3.1_ce");
    return plan;
}

} // namespace omsua::test
