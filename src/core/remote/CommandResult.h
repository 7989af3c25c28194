#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <atomic>
#include <functional>

namespace omsua::remote {

enum class OutputStream { StdOut, StdErr };

// How to run one command: limits, streaming and cancellation.
struct ExecOptions
{
    int timeoutMs = 0;                         // 0: no limit
    const std::atomic<bool>* cancel = nullptr; // checked while waiting; set -> command abandoned
    std::function<void(OutputStream, QByteArrayView)> onOutput; // called as output arrives
    QByteArray stdinData;                    // written to the command's stdin, then EOF
    qsizetype maxCapture = 16 * 1024 * 1024; // per stream; beyond this only onOutput sees data
};

// What a finished (or abandoned) command left behind.
struct CommandResult
{
    int exitStatus = -1; // -1 when killed by a signal, timed out or cancelled
    QString exitSignal;  // e.g. "KILL" when the remote side reported one
    QByteArray stdOut;
    QByteArray stdErr;
    bool timedOut = false;
    bool cancelled = false;
    bool truncated = false; // output beyond maxCapture was not kept
    qint64 elapsedMs = 0;

    bool succeeded() const { return exitStatus == 0 && !timedOut && !cancelled; }
};

} // namespace omsua::remote
