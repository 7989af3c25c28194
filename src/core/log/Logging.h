#pragma once

#include "Expected.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace omsua::log {

enum class Level { Debug, Info, Warning, Error };

QString levelName(Level level); // "debug", "info", "warning", "error"

// The application log: a rotating file (spdlog, hidden behind this API) plus callback sinks
// (the GUI's log view). Every message passes through Redactor::global() BEFORE it reaches any
// sink, the file included, so a secret registered there (or matching one of its patterns)
// never lands anywhere. Thread-safe; usable before initialize() (then only the callback sinks
// see messages).
class Logging
{
public:
    using Sink = std::function<void(Level, const QDateTime&, const QString&)>;

    struct Options
    {
        QString fileName = QStringLiteral("oms-upgrade-assistant.log");
        qint64 maxFileBytes = 10 * 1024 * 1024;
        int maxFiles = 5; // rotated files kept besides the current one
        Level fileLevel = Level::Debug;
    };

    // Opens (creating) `directory` (mode 0700) and the log file in it (mode 0600, also after
    // every rotation). The app passes QStandardPaths::AppDataLocation + "/logs". Calling it
    // again switches to the new directory. Returns the log file's path.
    static Expected<QString> initialize(const QString& directory, const Options& options);
    static Expected<QString> initialize(const QString& directory)
    {
        return initialize(directory, Options{});
    }

    // Flushes and closes the file; callback sinks stay registered.
    static void shutdown();

    static QString logFilePath(); // empty before initialize()

    // Registers a callback; returns an id for removeSink(). Called on the logging thread, with
    // no lock held: a sink must be quick (queue the message to the GUI thread). What a sink
    // logs itself reaches the file only, never the sinks again (no recursion).
    static int addSink(Sink sink);
    static void removeSink(int id);

    // Messages below this level are dropped everywhere (default Debug).
    static void setLevel(Level level);
    static Level level();

    static void write(Level level, const QString& message);
    static void flush();
};

void debug(const QString& message);
void info(const QString& message);
void warn(const QString& message);
void error(const QString& message);

} // namespace omsua::log
