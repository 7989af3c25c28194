#pragma once

#include <QString>

// The names under which a run's journal records its facts and times. The steps write them, the
// report, the backup browser, rollback and the GUI read them: one list, so that a key is never
// spelled two ways. Values are JSON; the comment says the shape.
namespace omsua::upgrade::keys {

// --- facts (Journal::setFact / facts()) ---
inline const QString route = QStringLiteral("route");                  // "3.3.0-3.3.1"
inline const QString routeLabel = QStringLiteral("route_label");       // "3.3.0 -> 3.3.1"
inline const QString sourceVersion = QStringLiteral("source_version"); // "3.3.0"
inline const QString targetVersion = QStringLiteral("target_version"); // "3.3.1"
inline const QString host = QStringLiteral("host");                    // "omsadmin@127.0.0.1:2222"
inline const QString hostKey = QStringLiteral("host_key");             // "SHA256:..."
inline const QString workstation = QStringLiteral("workstation");      // this computer's host name
inline const QString operatorName = QStringLiteral("operator");        // the local user name
inline const QString oldContainer = QStringLiteral("old_container");
inline const QString newContainer = QStringLiteral("new_container");
inline const QString sourceImage = QStringLiteral("source_image");
inline const QString targetImage = QStringLiteral("target_image");
inline const QString metaDbRoute = QStringLiteral("metadb_route");
inline const QString metaDbServerVersion = QStringLiteral("metadb_server_version");
// {"rm": "rm_330", "cm": "cm_330", "cm_hb": "cm_hb_330"}
inline const QString databases = QStringLiteral("databases");
// [{"container_path", "old_host_path", "planned_host_path", "old_read_only",
//   "planned_read_only", "required", "verdict"}] (verdict: mountVerdictName())
inline const QString mounts = QStringLiteral("mounts");
inline const QString mountsOk = QStringLiteral("mounts_ok");     // bool
inline const QString runCommand = QStringLiteral("run_command"); // docker run as shown, masked
// {"directory", "path", "run_id", "verified": bool, "server_version", "dump_tool",
//  "files": [{"role", "name", "file", "bytes", "sha256", "trailer", "completed"}]}
inline const QString backupSet = QStringLiteral("backup_set");
inline const QString clockSkewSec = QStringLiteral("clock_skew_sec"); // host - workstation, s
// {"minutes", "gap_seconds", "gap_minutes_ceil", "margin_min", "kept_current", "t1", "t2",
//  "explanation"} or {"perceive_store_client_checkpoint": true, "explanation"}
inline const QString refetch = QStringLiteral("refetch");
inline const QString haEnabledBefore = QStringLiteral("ha_enabled_before"); // bool
inline const QString haBefore = QStringLiteral("ha_before"); // ha.config object before the run
inline const QString haAfter = QStringLiteral("ha_after");   // ha.config object after the run
// {"<db>": {"<table>": <column count>}} before and after docker_init.sh
inline const QString schemaBefore = QStringLiteral("schema_before");
inline const QString schemaAfter = QStringLiteral("schema_after");
// {"<db>": {"<table>": {"rows": n, "checksum": "..."}}} taken while OMS was stopped, just
// before the dump: what a restore must give back
inline const QString checksumsAtBackup = QStringLiteral("checksums_at_backup");
inline const QString warnings = QStringLiteral("warnings");                 // [string]
inline const QString manualFollowUps = QStringLiteral("manual_follow_ups"); // [string]
inline const QString upgradeRun = QStringLiteral("upgrade_run"); // rollback: the run undone

// --- times (Journal::setTime / time()), host clock, UTC ---
inline const QString t1 = QStringLiteral("T1"); // the old container stopped (State.FinishedAt)
inline const QString t2 = QStringLiteral("T2"); // HA enabled again after the upgrade
inline const QString t3 = QStringLiteral("T3"); // the new container stopped by a rollback

// --- journal states (Journal::state()) ---
// running, paused, waiting, done, failed, refused, cancelled

// --- the journal's copy beside the backup set on the host ---
inline const QString hostJournalFile = QStringLiteral("journal.json");

} // namespace omsua::upgrade::keys
