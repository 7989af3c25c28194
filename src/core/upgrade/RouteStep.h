#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace omsua::upgrade {

// The steps a route can be made of. The catalogue names them by id ("disable_ha"); the engine
// maps each kind to its step class, so a route is data, not an if-chain over versions.
enum class StepKind {
    Preflight,          // read-only checks; nothing changes
    LoadImage,          // `docker load` the new image from a tarball on the host
    DisableHa,          // ha.config enable=false
    PretrimHeartbeat,   // trim heatbeat_sequence while the old OMS still runs (shorter downtime)
    StopOld,            // stop the old container; T1
    TrimHeartbeat,      // trim the rows written until the stop
    Backup,             // dump rm, cm, cm_hb into a verified backup set
    StartNew,           // `docker run` the new image with the old binds
    DockerInit,         // /root/docker_init.sh in the new container
    Health,             // /oms/health and the start-up log line
    CheckServersOnline, // every server Online in the console (4.x)
    EnableHa,           // ha.config enable=true; T2; refetchStoreIntervalMin
    // Rollback only (never in a route of the catalogue):
    VerifyBackup, // the run's backup set verifies and names the databases config.yaml names
    StopNew,      // stop the new container; T3
    Restore,      // drop, create and restore the three databases from the set
    StartOld,     // start the old container again (re-created from the manifest if removed)
};

// The rollback's own steps: a catalogue route may not name them.
bool isRollbackOnly(StepKind kind);

// The id used in the catalogue and the journal: "preflight", "disable_ha", ...
QString stepId(StepKind kind);
std::optional<StepKind> stepKindFromId(const QString& id);
// Every id a route may name, in the order of StepKind.
QStringList knownStepIds();

struct RouteStep
{
    StepKind kind = StepKind::Preflight;
    QVariantMap params; // values are int, double, bool, QString or QStringList
    QString note;       // why the step is there or what is special on this route (report text)

    QString id() const { return stepId(kind); }
};

} // namespace omsua::upgrade
