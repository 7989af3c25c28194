#pragma once

#include "metadb/MetaDbTypes.h"

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace omsua::upgrade {
class HostSession;
}

namespace omsua::test {

// What an end-to-end test compares before and after an upgrade or a rollback: every table of
// the three OMS databases with its exact row count, checksum and column count.
struct DatabaseSnapshot
{
    // "<db>.<table>" -> checksum / column count
    QMap<QString, metadb::TableChecksum> checksums;
    QMap<QString, int> columns;
    qint64 heartbeatMaxId = 0;
    qint64 heartbeatRows = 0;
};

// The lab seen from a test: an SSH session with the lab plan (docker on the host, files) and
// the MetaDB, plus the command-line twin run as a separate process with its own data directory.
class LabState
{
public:
    LabState();
    ~LabState();

    // Connects (SSH with the lab's key, MetaDB from config.yaml); false with *error on failure.
    bool connect(QString* error);
    upgrade::HostSession& host();

    QString rmDb() const;
    QString cmDb() const;
    QString cmHbDb() const;
    QStringList databases() const { return {rmDb(), cmDb(), cmHbDb()}; }

    bool snapshot(DatabaseSnapshot* out, QString* error);
    // A single value from the MetaDB (e.g. SELECT MAX(version) FROM rm_330.oms_schema_version).
    QVariant value(const QString& sql, QString* error = nullptr);
    // ha.config as stored.
    QJsonObject haConfig(QString* error = nullptr);

    // Names of the containers on the host, running or not.
    QStringList containers(QString* error = nullptr);
    // Entries of the backup directory on the host (plain names).
    QStringList backupSets(QString* error = nullptr);
    // A shell command on the host as the lab user; its stdout.
    QString hostShell(const QString& command, int* exitStatus = nullptr);

    struct CliResult
    {
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::NormalExit;
        QString out;
        QString err;
        QString runId; // from the "run: ID" line, when printed
    };
    // oms-upgrade with args; OMSUA_DATA_DIR = dataDir; extraEnv "K=V" entries.
    static CliResult cli(const QStringList& args, const QString& dataDir,
                         const QStringList& extraEnv = {}, int timeoutMs = 300000);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace omsua::test
