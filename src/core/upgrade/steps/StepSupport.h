#pragma once

#include "Expected.h"
#include "upgrade/HostDiscovery.h"
#include "upgrade/StepContext.h"

#include <QJsonObject>
#include <QString>

namespace omsua::metadb {
class MetaDbConnection;
}

namespace omsua::upgrade::steps {

// What every concrete step needs from its context. A step only runs with a connected host and
// a discovery (the engine guarantees both); these turn a missing one into an Error instead of
// a crash.
Expected<HostSession*> hostOf(StepContext& context);
Expected<const Discovery*> discoveryOf(const StepContext& context);

// The MetaDB connection of the session, or an Error saying it is not connected.
Expected<metadb::MetaDbConnection*> metaDbOf(StepContext& context);

// OMS_HOST_IP for the new container: the plan's, else the old container's.
QString omsHostIp(const plan::Plan& plan, const Discovery& discovery);
// http://<OMS_HOST_IP>:<nginx port>/ - where the operator finds the console.
QString consoleUrl(const plan::Plan& plan, const Discovery& discovery);

// Appends a warning to the journal's list (once: the same text is not added twice).
void addWarning(Journal& journal, const QString& text);
void addManualFollowUp(Journal& journal, const QString& text);

} // namespace omsua::upgrade::steps
