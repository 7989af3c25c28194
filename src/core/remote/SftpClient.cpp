#include "remote/SftpClient.h"

#include "remote/SessionWait.h"
#include "remote/ShellQuote.h"
#include "remote/SshSession.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <filesystem>
#include <libssh2.h>
#include <libssh2_sftp.h>
#include <system_error>

namespace omsua::remote {

namespace {

constexpr int kDefaultTimeoutMs = 60000;
constexpr int kCloseGraceMs = 5000;

QString statusText(unsigned long status)
{
    switch (status) {
    case LIBSSH2_FX_EOF:
        return QStringLiteral("end of file");
    case LIBSSH2_FX_NO_SUCH_FILE:
        return QStringLiteral("no such file");
    case LIBSSH2_FX_PERMISSION_DENIED:
        return QStringLiteral("permission denied");
    case LIBSSH2_FX_FAILURE:
        return QStringLiteral("failure");
    case LIBSSH2_FX_BAD_MESSAGE:
        return QStringLiteral("bad message");
    case LIBSSH2_FX_NO_CONNECTION:
        return QStringLiteral("no connection");
    case LIBSSH2_FX_CONNECTION_LOST:
        return QStringLiteral("connection lost");
    case LIBSSH2_FX_OP_UNSUPPORTED:
        return QStringLiteral("operation not supported by the server");
    case LIBSSH2_FX_INVALID_HANDLE:
        return QStringLiteral("invalid handle");
    case LIBSSH2_FX_NO_SUCH_PATH:
        return QStringLiteral("no such path");
    case LIBSSH2_FX_FILE_ALREADY_EXISTS:
        return QStringLiteral("file already exists");
    case LIBSSH2_FX_WRITE_PROTECT:
        return QStringLiteral("write protected");
    case LIBSSH2_FX_NO_SPACE_ON_FILESYSTEM:
        return QStringLiteral("no space left on the file system");
    case LIBSSH2_FX_QUOTA_EXCEEDED:
        return QStringLiteral("quota exceeded");
    case LIBSSH2_FX_DIR_NOT_EMPTY:
        return QStringLiteral("directory not empty");
    case LIBSSH2_FX_NOT_A_DIRECTORY:
        return QStringLiteral("not a directory");
    case LIBSSH2_FX_INVALID_FILENAME:
        return QStringLiteral("invalid file name");
    case LIBSSH2_FX_LINK_LOOP:
        return QStringLiteral("too many symbolic links");
    default:
        return QStringLiteral("SFTP status %1").arg(status);
    }
}

SftpFileInfo toFileInfo(const QString& name, const LIBSSH2_SFTP_ATTRIBUTES& attrs)
{
    SftpFileInfo info;
    info.name = name;
    if (attrs.flags & LIBSSH2_SFTP_ATTR_SIZE)
        info.size = qint64(attrs.filesize);
    if (attrs.flags & LIBSSH2_SFTP_ATTR_PERMISSIONS) {
        info.permissions = quint32(attrs.permissions & 07777);
        switch (attrs.permissions & LIBSSH2_SFTP_S_IFMT) {
        case LIBSSH2_SFTP_S_IFREG:
            info.type = SftpFileInfo::Type::File;
            break;
        case LIBSSH2_SFTP_S_IFDIR:
            info.type = SftpFileInfo::Type::Directory;
            break;
        case LIBSSH2_SFTP_S_IFLNK:
            info.type = SftpFileInfo::Type::Symlink;
            break;
        default:
            info.type = SftpFileInfo::Type::Other;
            break;
        }
    }
    if (attrs.flags & LIBSSH2_SFTP_ATTR_ACMODTIME)
        info.modified = QDateTime::fromSecsSinceEpoch(qint64(attrs.mtime), Qt::UTC);
    return info;
}

QString parentOf(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return {};
    if (slash == 0)
        return QStringLiteral("/");
    return path.left(slash);
}

QString baseName(const QString& path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

struct SftpClient::Private
{
    explicit Private(SshSession& s)
        : session(s)
    {}

    SshSession& session;
    LIBSSH2_SFTP* sftp = nullptr;
    quint64 connectionId = 0;
    int timeoutMs = kDefaultTimeoutMs;

    QString where(const QString& path) const
    {
        return session.endpoint().host + QLatin1Char(':') + path;
    }

    SessionWait waiter(const std::atomic<bool>* cancel = nullptr, int ms = -1) const
    {
        const int limit = ms >= 0 ? ms : timeoutMs;
        return SessionWait(
            session.handle(), session.socketDescriptor(),
            limit > 0 ? QDeadlineTimer(limit) : QDeadlineTimer(QDeadlineTimer::Forever), cancel);
    }

    // Drops the SFTP channel; the next operation starts a new one. Used after an abandoned
    // transfer, whose half-read state libssh2 could otherwise trip over.
    void shutdown()
    {
        if (sftp && session.isConnected() && session.connectionId() == connectionId) {
            SessionWait wait = waiter(nullptr, kCloseGraceMs);
            wait.repeat([this] { return libssh2_sftp_shutdown(sftp); });
        }
        sftp = nullptr;
    }

    Expected<void> ensureOpen()
    {
        if (!session.isAuthenticated()) {
            sftp = nullptr;
            return makeError(QStringLiteral("SFTP: not connected and authenticated"),
                             session.endpoint().host);
        }
        if (sftp && connectionId != session.connectionId())
            sftp = nullptr; // the connection it belonged to is gone, and its memory with it
        if (sftp)
            return {};
        SessionWait wait = waiter();
        sftp = wait.repeatPointer<LIBSSH2_SFTP>(
            [this] { return libssh2_sftp_init(session.handle()); });
        if (!sftp)
            return makeError(QStringLiteral("Cannot start the SFTP subsystem: %1")
                                 .arg(wait.stopped() ? QStringLiteral("timed out") : lastError()),
                             session.endpoint().host,
                             QStringLiteral("The server needs `Subsystem sftp` in sshd_config."));
        connectionId = session.connectionId();
        return {};
    }

    QString lastError() const
    {
        LIBSSH2_SESSION* handle = session.handle();
        if (!handle)
            return QStringLiteral("connection closed");
        if (libssh2_session_last_errno(handle) == LIBSSH2_ERROR_SFTP_PROTOCOL && sftp)
            return statusText(libssh2_sftp_last_error(sftp));
        char* message = nullptr;
        int length = 0;
        libssh2_session_last_error(handle, &message, &length, 0);
        return message ? QString::fromUtf8(message, length) : QStringLiteral("unknown error");
    }

    unsigned long lastStatus() const
    {
        LIBSSH2_SESSION* handle = session.handle();
        if (handle && sftp && libssh2_session_last_errno(handle) == LIBSSH2_ERROR_SFTP_PROTOCOL)
            return libssh2_sftp_last_error(sftp);
        return LIBSSH2_FX_OK;
    }

    Error failure(const QString& what, const QString& path, const SessionWait& wait,
                  const std::atomic<bool>* cancel = nullptr) const
    {
        QString why;
        if (wait.outcome() == SessionWait::Outcome::Cancelled || (cancel && cancel->load()))
            why = QStringLiteral("cancelled");
        else if (wait.outcome() == SessionWait::Outcome::TimedOut)
            why = QStringLiteral("no answer from the server for %1 s").arg(timeoutMs / 1000);
        else
            why = lastError();
        return makeError(what + QStringLiteral(" failed: ") + why, where(path));
    }

    LIBSSH2_SFTP_HANDLE* open(const QString& path, unsigned long flags, long mode, int type,
                              SessionWait& wait)
    {
        const QByteArray name = path.toUtf8();
        return wait.repeatPointer<LIBSSH2_SFTP_HANDLE>([&] {
            return libssh2_sftp_open_ex(sftp, name.constData(), unsigned(name.size()), flags, mode,
                                        type);
        });
    }

    // Closes a handle; after an abandoned transfer (or when closing fails) the whole SFTP
    // channel is dropped so that no half-finished libssh2 state survives.
    void close(LIBSSH2_SFTP_HANDLE* handle, bool abandoned)
    {
        SessionWait wait = waiter(nullptr, kCloseGraceMs);
        const int rc = wait.repeat([&] { return libssh2_sftp_close_handle(handle); });
        if (abandoned || rc == LIBSSH2_ERROR_EAGAIN || wait.sessionBroken())
            shutdown();
    }

    Expected<SftpFileInfo> statPath(const QString& path, int type)
    {
        if (Expected<void> ok = ensureOpen(); !ok)
            return ok.error();
        const QByteArray name = path.toUtf8();
        LIBSSH2_SFTP_ATTRIBUTES attrs{};
        SessionWait wait = waiter();
        const int rc = wait.repeat([&] {
            return libssh2_sftp_stat_ex(sftp, name.constData(), unsigned(name.size()), type,
                                        &attrs);
        });
        if (rc != 0)
            return failure(QStringLiteral("stat"), path, wait);
        return toFileInfo(path, attrs);
    }

    Expected<void> renameOverwriting(const QString& from, const QString& to);
};

SftpClient::SftpClient(SshSession& session)
    : d(std::make_unique<Private>(session))
{}

SftpClient::~SftpClient()
{
    d->shutdown();
}

void SftpClient::setTimeoutMs(int timeoutMs)
{
    d->timeoutMs = timeoutMs;
}

int SftpClient::timeoutMs() const
{
    return d->timeoutMs;
}

Expected<SftpFileInfo> SftpClient::stat(const QString& remotePath)
{
    return d->statPath(remotePath, LIBSSH2_SFTP_STAT);
}

Expected<SftpFileInfo> SftpClient::lstat(const QString& remotePath)
{
    return d->statPath(remotePath, LIBSSH2_SFTP_LSTAT);
}

Expected<bool> SftpClient::exists(const QString& remotePath)
{
    Expected<SftpFileInfo> info = lstat(remotePath);
    if (info)
        return true;
    const unsigned long status = d->lastStatus();
    if (status == LIBSSH2_FX_NO_SUCH_FILE || status == LIBSSH2_FX_NO_SUCH_PATH)
        return false;
    return info.error();
}

Expected<QList<SftpFileInfo>> SftpClient::listDirectory(const QString& remotePath)
{
    if (Expected<void> ok = d->ensureOpen(); !ok)
        return ok.error();
    SessionWait wait = d->waiter();
    LIBSSH2_SFTP_HANDLE* dir = d->open(remotePath, 0, 0, LIBSSH2_SFTP_OPENDIR, wait);
    if (!dir)
        return d->failure(QStringLiteral("Listing the directory"), remotePath, wait);

    QList<SftpFileInfo> entries;
    QByteArray name(64 * 1024, Qt::Uninitialized);
    for (;;) {
        LIBSSH2_SFTP_ATTRIBUTES attrs{};
        SessionWait step = d->waiter();
        const int n = step.repeat([&] {
            return libssh2_sftp_readdir_ex(dir, name.data(), size_t(name.size()), nullptr, 0,
                                           &attrs);
        });
        if (n == 0)
            break;
        if (n < 0) {
            const Error error =
                d->failure(QStringLiteral("Listing the directory"), remotePath, step);
            d->close(dir, step.stopped());
            return error;
        }
        const QString entry = QString::fromUtf8(name.constData(), n);
        if (entry == QLatin1String(".") || entry == QLatin1String(".."))
            continue;
        entries.append(toFileInfo(entry, attrs));
    }
    d->close(dir, false);
    return entries;
}

Expected<void> SftpClient::mkdir(const QString& remotePath, int mode, bool parents)
{
    if (Expected<void> ok = d->ensureOpen(); !ok)
        return ok.error();
    QStringList toCreate{remotePath};
    if (parents) {
        // Walk up to the first existing ancestor, then create downwards.
        toCreate.clear();
        QString path = remotePath;
        while (!path.isEmpty() && path != QLatin1String("/")) {
            Expected<bool> there = exists(path);
            if (!there)
                return there.error();
            if (*there) {
                Expected<SftpFileInfo> info = stat(path);
                if (!info)
                    return info.error();
                if (!info->isDirectory())
                    return makeError(
                        QStringLiteral("mkdir: %1 exists and is not a directory").arg(path),
                        d->where(path));
                break;
            }
            toCreate.prepend(path);
            path = parentOf(path);
        }
    }
    for (const QString& path : std::as_const(toCreate)) {
        const QByteArray name = path.toUtf8();
        SessionWait wait = d->waiter();
        const int rc = wait.repeat([&] {
            return libssh2_sftp_mkdir_ex(d->sftp, name.constData(), unsigned(name.size()), mode);
        });
        if (rc != 0)
            return d->failure(QStringLiteral("mkdir"), path, wait);
    }
    return {};
}

Expected<void> SftpClient::remove(const QString& remotePath)
{
    if (Expected<void> ok = d->ensureOpen(); !ok)
        return ok.error();
    const QByteArray name = remotePath.toUtf8();
    SessionWait wait = d->waiter();
    const int rc = wait.repeat(
        [&] { return libssh2_sftp_unlink_ex(d->sftp, name.constData(), unsigned(name.size())); });
    if (rc != 0)
        return d->failure(QStringLiteral("Removing the file"), remotePath, wait);
    return {};
}

Expected<void> SftpClient::removeDirectory(const QString& remotePath)
{
    if (Expected<void> ok = d->ensureOpen(); !ok)
        return ok.error();
    const QByteArray name = remotePath.toUtf8();
    SessionWait wait = d->waiter();
    const int rc = wait.repeat(
        [&] { return libssh2_sftp_rmdir_ex(d->sftp, name.constData(), unsigned(name.size())); });
    if (rc != 0)
        return d->failure(QStringLiteral("Removing the directory"), remotePath, wait);
    return {};
}

Expected<void> SftpClient::Private::renameOverwriting(const QString& from, const QString& to)
{
    // OpenSSH implements SFTP v3, whose RENAME fails when the target exists; the
    // posix-rename@openssh.com extension would do, but libssh2 1.10 cannot send it. `mv -f`
    // on the same file system is one rename(2): atomic.
    ExecOptions options;
    options.timeoutMs = timeoutMs;
    options.maxCapture = 64 * 1024;
    Expected<CommandResult> moved = session.exec(
        shellJoin({QStringLiteral("mv"), QStringLiteral("-f"), QStringLiteral("--"), from, to}),
        options);
    if (!moved)
        return moved.error();
    if (!moved->succeeded())
        return makeError(QStringLiteral("Renaming %1 to %2 failed: %3")
                             .arg(from, to, QString::fromUtf8(moved->stdErr).trimmed()),
                         where(to));
    return {};
}

Expected<void> SftpClient::rename(const QString& from, const QString& to, bool overwrite)
{
    if (Expected<void> ok = d->ensureOpen(); !ok)
        return ok.error();
    const QByteArray source = from.toUtf8();
    const QByteArray target = to.toUtf8();
    SessionWait wait = d->waiter();
    const int rc = wait.repeat([&] {
        return libssh2_sftp_rename_ex(d->sftp, source.constData(), unsigned(source.size()),
                                      target.constData(), unsigned(target.size()),
                                      LIBSSH2_SFTP_RENAME_OVERWRITE | LIBSSH2_SFTP_RENAME_ATOMIC |
                                          LIBSSH2_SFTP_RENAME_NATIVE);
    });
    if (rc == 0)
        return {};
    const Error error = d->failure(QStringLiteral("Renaming to ") + to, from, wait);
    if (!overwrite || wait.stopped() || wait.failed())
        return error;
    Expected<bool> targetExists = exists(to);
    if (!targetExists || !*targetExists)
        return error;
    return d->renameOverwriting(from, to);
}

Expected<qint64> SftpClient::readFile(const QString& remotePath, QIODevice& out, qint64 offset,
                                      const TransferProgress& progress,
                                      const std::atomic<bool>* cancel)
{
    if (Expected<void> ok = d->ensureOpen(); !ok)
        return ok.error();
    SessionWait openWait = d->waiter(cancel);
    LIBSSH2_SFTP_HANDLE* file =
        d->open(remotePath, LIBSSH2_FXF_READ, 0, LIBSSH2_SFTP_OPENFILE, openWait);
    if (!file)
        return d->failure(QStringLiteral("Opening the file for reading"), remotePath, openWait,
                          cancel);

    qint64 total = -1;
    {
        LIBSSH2_SFTP_ATTRIBUTES attrs{};
        SessionWait wait = d->waiter(cancel);
        if (wait.repeat([&] { return libssh2_sftp_fstat_ex(file, &attrs, 0); }) == 0 &&
            (attrs.flags & LIBSSH2_SFTP_ATTR_SIZE))
            total = qint64(attrs.filesize);
    }
    if (offset > 0)
        libssh2_sftp_seek64(file, libssh2_uint64_t(offset));

    QByteArray buffer(kBufferSize, Qt::Uninitialized);
    qint64 done = offset;
    if (progress)
        progress(done, total);
    for (;;) {
        if (cancel && cancel->load()) {
            d->close(file, true);
            return makeError(QStringLiteral("Reading the file was cancelled"),
                             d->where(remotePath));
        }
        SessionWait wait = d->waiter(cancel);
        const ssize_t n = wait.repeat([&]() -> int {
            return int(libssh2_sftp_read(file, buffer.data(), size_t(buffer.size())));
        });
        if (n == 0)
            break;
        if (n < 0) {
            const Error error =
                d->failure(QStringLiteral("Reading the file"), remotePath, wait, cancel);
            d->close(file, true);
            return error;
        }
        if (out.write(buffer.constData(), n) != n) {
            d->close(file, true);
            return makeError(
                QStringLiteral("Writing the downloaded data failed: %1").arg(out.errorString()),
                d->where(remotePath));
        }
        done += n;
        if (progress)
            progress(done, total);
    }
    d->close(file, false);
    return done - offset;
}

Expected<qint64> SftpClient::downloadFile(const QString& remotePath, const QString& localPath,
                                          bool resume, const TransferProgress& progress,
                                          const std::atomic<bool>* cancel)
{
    Expected<SftpFileInfo> info = stat(remotePath);
    if (!info)
        return info.error();
    const QString partPath = localPath + QStringLiteral(".part");
    QFile part(partPath);
    qint64 offset = 0;
    if (resume && part.exists()) {
        offset = part.size();
        if (info->size >= 0 && offset > info->size)
            offset = 0; // not a prefix of this file: start again
    }
    const QIODevice::OpenMode mode = offset > 0 ? QIODevice::WriteOnly | QIODevice::Append
                                                : QIODevice::WriteOnly | QIODevice::Truncate;
    if (!part.open(mode))
        return makeError(QStringLiteral("Cannot write %1: %2").arg(partPath, part.errorString()),
                         partPath);

    Expected<qint64> copied = readFile(remotePath, part, offset, progress, cancel);
    const bool flushed = part.flush();
    part.close();
    if (!copied)
        return copied.error();
    if (!flushed)
        return makeError(QStringLiteral("Cannot write %1: %2").arg(partPath, part.errorString()),
                         partPath);
    const qint64 size = offset + *copied;
    if (info->size >= 0 && size != info->size)
        return makeError(
            QStringLiteral("Downloaded %1 bytes of %2 but the remote file has %3 bytes "
                           "(did it change during the download?)")
                .arg(size)
                .arg(remotePath)
                .arg(info->size),
            d->where(remotePath));
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partPath).toStdString(),
                            QFile::encodeName(localPath).toStdString(), error);
    if (error)
        return makeError(QStringLiteral("Cannot rename %1 to %2: %3")
                             .arg(partPath, localPath, QString::fromStdString(error.message())),
                         localPath);
    return size;
}

Expected<qint64> SftpClient::writeFile(QIODevice& in, const QString& remotePath, int mode,
                                       const TransferProgress& progress,
                                       const std::atomic<bool>* cancel)
{
    if (Expected<void> ok = d->ensureOpen(); !ok)
        return ok.error();
    const QString parent = parentOf(remotePath);
    const QString temporary = (parent.isEmpty() ? QString() : parent + QLatin1Char('/')) +
                              QLatin1Char('.') + baseName(remotePath) + QStringLiteral(".omsua-") +
                              QString::number(QRandomGenerator::global()->generate64(), 36) +
                              QStringLiteral(".tmp");
    SessionWait openWait = d->waiter(cancel);
    // Owner-only while incomplete; the final mode is set before the rename.
    LIBSSH2_SFTP_HANDLE* file =
        d->open(temporary, LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_EXCL, 0600,
                LIBSSH2_SFTP_OPENFILE, openWait);
    if (!file)
        return d->failure(QStringLiteral("Creating %1").arg(temporary), remotePath, openWait,
                          cancel);

    auto discard = [&](const Error& error) -> Error {
        d->close(file, true);
        if (d->sftp) {
            const QByteArray name = temporary.toUtf8();
            SessionWait wait = d->waiter(nullptr, kCloseGraceMs);
            wait.repeat([&] {
                return libssh2_sftp_unlink_ex(d->sftp, name.constData(), unsigned(name.size()));
            });
        } else if (d->ensureOpen()) {
            (void)remove(temporary);
        }
        return error;
    };

    const qint64 total = in.isSequential() ? -1 : in.size() - in.pos();
    // A sliding window over the input: libssh2 turns everything passed to sftp_write into
    // pipelined WRITE requests and returns what the server acknowledged; the next call must
    // start at the first unacknowledged byte. Topping the window up before it drains keeps
    // requests in flight all the time.
    QByteArray window;
    window.reserve(kBufferSize + kBufferSize / 2);
    qsizetype start = 0;
    bool inputDone = false;
    qint64 done = 0;
    if (progress)
        progress(0, total);
    for (;;) {
        if (!inputDone && window.size() - start < kBufferSize / 2) {
            window.remove(0, start);
            start = 0;
            const qsizetype want = kBufferSize - window.size();
            const qsizetype oldSize = window.size();
            window.resize(oldSize + want);
            const qint64 got = in.read(window.data() + oldSize, want);
            if (got < 0)
                return discard(makeError(
                    QStringLiteral("Reading the data to upload failed: %1").arg(in.errorString()),
                    d->where(remotePath)));
            window.resize(oldSize + got);
            if (got == 0 || in.atEnd())
                inputDone = true;
        }
        if (start == window.size()) {
            if (inputDone)
                break;
            continue;
        }
        if (cancel && cancel->load())
            return discard(
                makeError(QStringLiteral("Writing the file was cancelled"), d->where(remotePath)));
        SessionWait wait = d->waiter(cancel);
        const ssize_t n = wait.repeat([&]() -> int {
            return int(libssh2_sftp_write(file, window.constData() + start,
                                          size_t(window.size() - start)));
        });
        if (n < 0)
            return discard(
                d->failure(QStringLiteral("Writing the file"), remotePath, wait, cancel));
        start += n;
        done += n;
        if (progress && n > 0)
            progress(done, total);
    }

    LIBSSH2_SFTP_ATTRIBUTES attrs{};
    attrs.flags = LIBSSH2_SFTP_ATTR_PERMISSIONS;
    attrs.permissions = (unsigned long)(mode & 07777) | LIBSSH2_SFTP_S_IFREG;
    SessionWait finishWait = d->waiter(cancel);
    if (finishWait.repeat([&] { return libssh2_sftp_fstat_ex(file, &attrs, 1); }) != 0)
        return discard(
            d->failure(QStringLiteral("Setting the mode"), remotePath, finishWait, cancel));
    // Durable before it becomes visible under the real name (fsync@openssh.com; ignored by
    // servers without it).
    finishWait.repeat([&] { return libssh2_sftp_fsync(file); });
    {
        SessionWait wait = d->waiter(nullptr, kCloseGraceMs);
        if (wait.repeat([&] { return libssh2_sftp_close_handle(file); }) != 0) {
            file = nullptr;
            d->shutdown();
            if (Expected<void> ok = d->ensureOpen(); ok)
                (void)remove(temporary);
            return makeError(QStringLiteral("Closing the uploaded file failed"),
                             d->where(remotePath));
        }
    }
    if (Expected<void> renamed = rename(temporary, remotePath, true); !renamed) {
        (void)remove(temporary);
        return renamed.error();
    }
    return done;
}

Expected<qint64> SftpClient::uploadFile(const QString& localPath, const QString& remotePath,
                                        int mode, const TransferProgress& progress,
                                        const std::atomic<bool>* cancel)
{
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("Cannot read %1: %2").arg(localPath, file.errorString()),
                         localPath);
    return writeFile(file, remotePath, mode, progress, cancel);
}

Expected<QByteArray> SftpClient::readAll(const QString& remotePath, qint64 maxBytes)
{
    Expected<SftpFileInfo> info = stat(remotePath);
    if (!info)
        return info.error();
    if (info->size > maxBytes)
        return makeError(QStringLiteral("%1 is %2 bytes, more than the %3 expected")
                             .arg(remotePath)
                             .arg(info->size)
                             .arg(maxBytes),
                         d->where(remotePath));
    QByteArray content;
    QBuffer buffer(&content);
    buffer.open(QIODevice::WriteOnly);
    Expected<qint64> copied = readFile(remotePath, buffer);
    if (!copied)
        return copied.error();
    if (content.size() > maxBytes)
        return makeError(
            QStringLiteral("%1 grew beyond %2 bytes while read").arg(remotePath).arg(maxBytes),
            d->where(remotePath));
    return content;
}

Expected<void> SftpClient::writeAll(const QString& remotePath, const QByteArray& content, int mode)
{
    QByteArray copy = content;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Expected<qint64> written = writeFile(buffer, remotePath, mode);
    if (!written)
        return written.error();
    return {};
}

} // namespace omsua::remote
