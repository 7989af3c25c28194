#include "backup/OptionFile.h"

#include "remote/ShellQuote.h"

namespace omsua::backup {

namespace {

constexpr int kCommandTimeoutMs = 30000;
const QString kFileName = QStringLiteral("client.cnf");

QString excerpt(const QByteArray& text)
{
    return QString::fromUtf8(text).trimmed().left(400);
}

} // namespace

QString OptionFile::quoteValue(const QString& value)
{
    // mysys strips one pair of matching quotes around a value and then resolves these escapes
    // (anything else keeps its backslash). Inside double quotes a '#' does not start a comment
    // and leading/trailing blanks survive.
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\':
            quoted += QStringLiteral("\\\\");
            break;
        case '"':
            quoted += QStringLiteral("\\\"");
            break;
        case '\'':
            quoted += QStringLiteral("\\'");
            break;
        case '\n':
            quoted += QStringLiteral("\\n");
            break;
        case '\r':
            quoted += QStringLiteral("\\r");
            break;
        case '\t':
            quoted += QStringLiteral("\\t");
            break;
        case '\b':
            quoted += QStringLiteral("\\b");
            break;
        default:
            quoted += c;
        }
    }
    quoted += QLatin1Char('"');
    return quoted;
}

Expected<QByteArray> OptionFile::render(const MetaDbCredentials& credentials)
{
    const struct
    {
        const char* key;
        const QString& value;
    } fields[] = {
        {"host", credentials.host}, {"user", credentials.user}, {"password", credentials.password}};
    for (const auto& field : fields) {
        if (field.value.contains(QChar(0)))
            return makeError(QStringLiteral("The MetaDB %1 contains a NUL character, which an "
                                            "option file cannot hold")
                                 .arg(QLatin1String(field.key)),
                             QStringLiteral("MetaDB credentials"));
    }
    if (credentials.host.isEmpty() || credentials.user.isEmpty())
        return makeError(QStringLiteral("The MetaDB host and user must not be empty"),
                         QStringLiteral("MetaDB credentials"));
    if (credentials.port == 0)
        return makeError(QStringLiteral("The MetaDB port must not be 0"),
                         QStringLiteral("MetaDB credentials"));

    QString text = QStringLiteral("# Written by oms-upgrade for one backup; removed afterwards.\n"
                                  "[client]\n");
    text += QStringLiteral("host=") + quoteValue(credentials.host) + QLatin1Char('\n');
    text += QStringLiteral("port=") + QString::number(credentials.port) + QLatin1Char('\n');
    text += QStringLiteral("user=") + quoteValue(credentials.user) + QLatin1Char('\n');
    // An empty password is still written, or the client would prompt for one.
    text += QStringLiteral("password=") + quoteValue(credentials.password) + QLatin1Char('\n');
    return text.toUtf8();
}

Expected<std::unique_ptr<OptionFile>> OptionFile::create(remote::CommandRunner& runner,
                                                         const MetaDbCredentials& credentials,
                                                         const QString& parentDirectory)
{
    Expected<QByteArray> content = render(credentials);
    if (!content)
        return content.error();

    // mktemp -d makes a directory only we can enter (0700) with an unpredictable name, so no
    // one can prepare a file or link at the path we write to.
    QString mktemp = QStringLiteral("umask 077 && mktemp -d -- ");
    if (parentDirectory.isEmpty()) {
        mktemp += QStringLiteral("\"${HOME:?}\"/.omsua-cred.XXXXXXXXXX");
    } else {
        if (Expected<void> valid = validateHostPath(parentDirectory, QStringLiteral("directory"));
            !valid)
            return valid.error();
        QString parent = parentDirectory;
        while (parent.size() > 1 && parent.endsWith(QLatin1Char('/')))
            parent.chop(1);
        mktemp += remote::shellQuote(parent + QStringLiteral("/.omsua-cred.XXXXXXXXXX"));
    }
    remote::ExecOptions quick;
    quick.timeoutMs = kCommandTimeoutMs;
    const Expected<remote::CommandResult> made = runner.runShell(mktemp, quick);
    if (!made)
        return made.error();
    const QString directory = QString::fromUtf8(made->stdOut).trimmed();
    if (!made->succeeded() || !directory.startsWith(QLatin1Char('/')) ||
        directory.contains(QLatin1Char('\n')))
        return makeError(QStringLiteral("Cannot create a private directory for the MetaDB option "
                                        "file (exit status %1): %2")
                             .arg(made->exitStatus)
                             .arg(excerpt(made->stdErr)),
                         parentDirectory.isEmpty() ? QStringLiteral("$HOME on the host")
                                                   : parentDirectory,
                         QStringLiteral("Check that the directory exists and is writable."));

    // From here on the object owns the directory: any failure below removes it again.
    std::unique_ptr<OptionFile> file(
        new OptionFile(runner, directory, directory + QLatin1Char('/') + kFileName));

    remote::ExecOptions write = quick;
    write.stdinData = *content;
    const QString quotedPath = remote::shellQuote(file->m_path);
    const Expected<remote::CommandResult> written =
        runner.runShell(QStringLiteral("umask 077 && cat > ") + quotedPath +
                            QStringLiteral(" && stat -c %a -- ") + quotedPath,
                        write);
    if (!written)
        return written.error();
    if (!written->succeeded())
        return makeError(QStringLiteral("Cannot write the MetaDB option file (exit status %1): %2")
                             .arg(written->exitStatus)
                             .arg(excerpt(written->stdErr)),
                         file->m_path);
    const QString mode = QString::fromUtf8(written->stdOut).trimmed();
    if (mode != QLatin1String("600"))
        return makeError(
            QStringLiteral("The MetaDB option file has mode %1 instead of 600").arg(mode.left(20)),
            file->m_path,
            QStringLiteral("Something on the host changes file modes (ACLs?); the "
                           "password would be readable by others."));
    return file;
}

OptionFile::OptionFile(remote::CommandRunner& runner, QString directory, QString path)
    : m_runner(runner)
    , m_directory(std::move(directory))
    , m_path(std::move(path))
{}

OptionFile::~OptionFile()
{
    // Best effort: a destructor cannot report; the explicit remove() can.
    (void)remove();
}

Expected<void> OptionFile::remove()
{
    if (m_removed)
        return {};
    remote::ExecOptions quick;
    quick.timeoutMs = kCommandTimeoutMs;
    const Expected<remote::CommandResult> removed =
        m_runner.runShell(QStringLiteral("rm -f -- ") + remote::shellQuote(m_path) +
                              QStringLiteral(" && rmdir -- ") + remote::shellQuote(m_directory),
                          quick);
    if (!removed)
        return removed.error();
    if (!removed->succeeded())
        return makeError(QStringLiteral("Cannot remove the MetaDB option file (exit status %1): %2")
                             .arg(removed->exitStatus)
                             .arg(excerpt(removed->stdErr)),
                         m_path,
                         QStringLiteral("Remove it by hand: it holds the MetaDB password."));
    m_removed = true;
    return {};
}

} // namespace omsua::backup
