#pragma once

#include "Expected.h"
#include "remote/CommandRunner.h"

#include <QByteArray>
#include <QString>

namespace omsua::backup {

// Free space of the file system that will hold a path on the host (which need not exist yet:
// the nearest existing parent is measured), for the preflight check that a backup set fits.
struct DiskSpace
{
    QString path;         // as asked
    QString measuredPath; // the nearest existing parent that df was run on
    QString mountPoint;
    qint64 totalBytes = 0;
    qint64 availableBytes = 0; // for an unprivileged user (df's "Available")

    // `df -Pk -- PARENT` of the nearest existing parent of path.
    static Expected<DiskSpace> measure(remote::CommandRunner& runner, const QString& path);
    // Parses POSIX `df -Pk` output (header + one line).
    static Expected<DiskSpace> parseDfOutput(const QByteArray& output, const QString& path);

    // What a backup of databases of this total size needs: 1.5 x, rounded up (dumps are
    // usually smaller than the data, but indexes are not the only overhead: text encoding of
    // numbers and BLOBs can make them larger).
    static qint64 requiredBytes(qint64 databaseBytes);
    bool fits(qint64 databaseBytes) const { return availableBytes >= requiredBytes(databaseBytes); }
};

} // namespace omsua::backup
