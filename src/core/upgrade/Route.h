#pragma once

#include "upgrade/RouteStep.h"
#include "upgrade/RouteVersion.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace omsua::upgrade {

// The new image as the documentation of this route names it.
struct RouteImage
{
    QString reference;    // a reference of the documented form, e.g. oceanbase/oms:feature_4.2.2-ce
    QString asDocumented; // the documentation's own words (registries and tag forms vary)
};

// What differs between versions, as the documentation of each route says.
struct RouteFlags
{
    bool isUpgradeEnv = false;      // `-e IS_UPGRADE=true` on the new container (from 3.3.1)
    bool haStep = false;            // disable HA before, enable after
    bool refetchNeeded = false;     // T1/T2 and refetchStoreIntervalMin when HA comes back
    bool initViaExec = false;       // the doc says `docker exec` for docker_init.sh (4.x); the
                                    // script lives in the container, so it is run there anyway
    bool imageMayBeTarball = false; // the doc delivers the image as a tarball to `docker load`
};

// One documented single-node upgrade: from a version (or a range) to one target version.
struct Route
{
    QString id; // stable name for journals and reports: "3.3.0-3.3.1"
    VersionRange from;
    QVersionNumber to;
    RouteImage image;
    RouteFlags flags;
    QList<RouteStep> steps;  // in order, with the parameters written on the route itself
    QStringList manualNotes; // text for the operator and the report (e.g. clear the browser cache)
    QString source;          // where the documentation of this route is

    QString label() const; // "3.3.0 -> 3.3.1", "4.2.0..4.2.8 -> 4.2.9"
    bool hasStep(StepKind kind) const;
    QStringList stepIds() const;
};

} // namespace omsua::upgrade
