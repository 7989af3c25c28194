#pragma once

#include "Expected.h"
#include "remote/CommandRunner.h"

#include <QByteArray>
#include <QString>
#include <atomic>

namespace omsua::backup {

// What a dump file on the host looks like, all computed on the host (a dump can be gigabytes:
// it is never downloaded to be checked).
struct HostFileFacts
{
    bool exists = false;
    qint64 bytes = 0;
    QString sha256;  // empty when not asked for
    QByteArray tail; // the last DumpTrailer::kTailBytes bytes
};

// One round trip: `stat -c %s`, `sha256sum` and `tail -c 256` of a regular file.
class HostFileProbe
{
public:
    enum class Checksum { Skip, Compute };

    static Expected<HostFileFacts> probe(remote::CommandRunner& runner, const QString& path,
                                         Checksum checksum,
                                         const std::atomic<bool>* cancel = nullptr);

    // Parses the probe's output (exposed for tests).
    static Expected<HostFileFacts> parse(const QByteArray& output, Checksum checksum,
                                         const QString& path);
};

} // namespace omsua::backup
