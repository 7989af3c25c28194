#include "log/Logging.h"

#include "log/Redactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>
#include <spdlog/logger.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <utility>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace omsua::log {

namespace {

struct SinkEntry
{
    int id = 0;
    std::shared_ptr<const Logging::Sink> sink;
};

struct State
{
    std::mutex mutex; // guards the members below (copied out before use)
    std::shared_ptr<spdlog::logger> logger;
    QString path;
    std::vector<SinkEntry> sinks;
    int nextSinkId = 1;
    std::atomic<int> level{int(Level::Debug)};
};

State& state()
{
    static State instance;
    return instance;
}

// A sink that logs would otherwise recurse into itself.
thread_local bool t_inSink = false;

spdlog::level::level_enum toSpdlog(Level level)
{
    switch (level) {
    case Level::Debug:
        return spdlog::level::debug;
    case Level::Info:
        return spdlog::level::info;
    case Level::Warning:
        return spdlog::level::warn;
    case Level::Error:
        return spdlog::level::err;
    }
    return spdlog::level::info;
}

// The log may quote commands and outputs: only its owner may read it. The file is created
// 0600 before spdlog opens it (fopen would use 0666 & ~umask) and fchmod'ed after every open,
// which covers rotation and a file left by an older version with wider permissions.
spdlog::file_event_handlers privateFileHandlers()
{
    spdlog::file_event_handlers handlers;
#ifdef Q_OS_UNIX
    handlers.before_open = [](const spdlog::filename_t& filename) {
        const int fd = ::open(filename.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    };
    handlers.after_open = [](const spdlog::filename_t&, std::FILE* stream) {
        if (stream)
            ::fchmod(::fileno(stream), 0600);
    };
#endif
    return handlers;
}

} // namespace

QString levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return QStringLiteral("debug");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Error:
        return QStringLiteral("error");
    }
    return QString();
}

Expected<QString> Logging::initialize(const QString& directory, const Options& options)
{
    if (directory.isEmpty())
        return makeError(QStringLiteral("No log directory given"), QString(),
                         QStringLiteral("Pass the application's data directory + /logs."));
    QDir dir(directory);
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return makeError(QStringLiteral("Cannot create the log directory"), directory,
                         QStringLiteral("Check the permissions of its parent directory."));
    QFile::setPermissions(dir.absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = dir.absoluteFilePath(options.fileName);

    std::shared_ptr<spdlog::logger> logger;
    try {
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QFile::encodeName(path).toStdString(),
            std::size_t(std::max<qint64>(options.maxFileBytes, 4096)),
            std::size_t(std::max(options.maxFiles, 0)), false, privateFileHandlers());
        logger = std::make_shared<spdlog::logger>("omsua", std::move(sink));
        logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %-7l [%t] %v");
        logger->set_level(toSpdlog(options.fileLevel));
        // Few messages, and the last ones before a crash matter most.
        logger->flush_on(spdlog::level::trace);
    } catch (const std::exception& e) {
        return makeError(
            QStringLiteral("Cannot open the log file: %1").arg(QString::fromLocal8Bit(e.what())),
            path, QStringLiteral("Check the permissions of the log directory."));
    }

    // Verify rather than trust: a file we cannot make private is refused.
    const QFile::Permissions perms = QFileInfo(path).permissions();
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
#ifdef Q_OS_UNIX
    if (perms & others)
        return makeError(QStringLiteral("The log file is readable by other users and cannot be "
                                        "made private"),
                         path, QStringLiteral("Check the file system's permissions (mode 0600)."));
#else
    Q_UNUSED(perms);
    Q_UNUSED(others);
#endif

    State& s = state();
    std::shared_ptr<spdlog::logger> previous;
    {
        std::lock_guard lock(s.mutex);
        previous = std::exchange(s.logger, logger);
        s.path = path;
    }
    if (previous)
        previous->flush();
    return path;
}

void Logging::shutdown()
{
    State& s = state();
    std::shared_ptr<spdlog::logger> previous;
    {
        std::lock_guard lock(s.mutex);
        previous = std::exchange(s.logger, nullptr);
        s.path.clear();
    }
    if (previous)
        previous->flush();
}

QString Logging::logFilePath()
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    return s.path;
}

int Logging::addSink(Sink sink)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    const int id = s.nextSinkId++;
    s.sinks.push_back(SinkEntry{id, std::make_shared<const Sink>(std::move(sink))});
    return id;
}

void Logging::removeSink(int id)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    std::erase_if(s.sinks, [id](const SinkEntry& entry) { return entry.id == id; });
}

void Logging::setLevel(Level level)
{
    state().level.store(int(level));
}

Level Logging::level()
{
    return Level(state().level.load());
}

void Logging::write(Level level, const QString& message)
{
    State& s = state();
    if (int(level) < s.level.load())
        return;
    const QDateTime now = QDateTime::currentDateTime();
    // The one place where messages are masked: nothing below sees the original text.
    const QString masked = Redactor::global().redact(message);

    std::shared_ptr<spdlog::logger> logger;
    std::vector<SinkEntry> sinks;
    {
        std::lock_guard lock(s.mutex);
        logger = s.logger;
        sinks = s.sinks;
    }
    if (logger) {
        const QByteArray utf8 = masked.toUtf8();
        logger->log(toSpdlog(level),
                    spdlog::string_view_t(utf8.constData(), std::size_t(utf8.size())));
    }
    if (t_inSink)
        return;
    struct InSink
    {
        InSink() { t_inSink = true; }
        ~InSink() { t_inSink = false; }
    } inSink;
    for (const SinkEntry& entry : sinks)
        (*entry.sink)(level, now, masked);
}

void Logging::flush()
{
    State& s = state();
    std::shared_ptr<spdlog::logger> logger;
    {
        std::lock_guard lock(s.mutex);
        logger = s.logger;
    }
    if (logger)
        logger->flush();
}

void debug(const QString& message)
{
    Logging::write(Level::Debug, message);
}

void info(const QString& message)
{
    Logging::write(Level::Info, message);
}

void warn(const QString& message)
{
    Logging::write(Level::Warning, message);
}

void error(const QString& message)
{
    Logging::write(Level::Error, message);
}

} // namespace omsua::log
