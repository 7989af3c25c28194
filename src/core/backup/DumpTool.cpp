#include "backup/DumpTool.h"

#include "backup/BackupTypes.h"
#include "remote/ShellQuote.h"

#include <QHash>
#include <QRegularExpression>
#include <QVersionNumber>

namespace omsua::backup {

namespace {

constexpr int kProbeTimeoutMs = 30000;

const QStringList& candidatePrograms()
{
    static const QStringList programs{QStringLiteral("mariadb-dump"), QStringLiteral("mysqldump"),
                                      QStringLiteral("mariadb"), QStringLiteral("mysql")};
    return programs;
}

QString firstLine(const QByteArray& text)
{
    return QString::fromUtf8(text).section(QLatin1Char('\n'), 0, 0).trimmed();
}

Expected<void> validateOptionFilePath(const QString& path)
{
    return validateHostPath(path, QStringLiteral("option file"));
}

} // namespace

QString toString(DumpFlavour flavour)
{
    switch (flavour) {
    case DumpFlavour::MariaDb:
        return QStringLiteral("mariadb");
    case DumpFlavour::MySql:
        return QStringLiteral("mysql");
    case DumpFlavour::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

DumpFlavour dumpFlavourFromString(const QString& text)
{
    if (text == QLatin1String("mariadb"))
        return DumpFlavour::MariaDb;
    if (text == QLatin1String("mysql"))
        return DumpFlavour::MySql;
    return DumpFlavour::Unknown;
}

Expected<DumpTool> DumpTool::detect(remote::CommandRunner& runner)
{
    // `command -v a b` looks at every name in bash but only at the first in dash, so one name at
    // a time; "name<TAB>path" keeps the answer unambiguous.
    QString probe = QStringLiteral("for p in");
    for (const QString& program : candidatePrograms())
        probe += QLatin1Char(' ') + remote::shellQuote(program);
    probe += QStringLiteral("; do printf '%s\\t%s\\n' \"$p\" \"$(command -v -- \"$p\")\"; done");

    remote::ExecOptions options;
    options.timeoutMs = kProbeTimeoutMs;
    const Expected<remote::CommandResult> found = runner.runShell(probe, options);
    if (!found)
        return found.error();
    if (!found->succeeded())
        return makeError(QStringLiteral("Cannot look for the dump tool on the host (exit status "
                                        "%1): %2")
                             .arg(found->exitStatus)
                             .arg(QString::fromUtf8(found->stdErr).trimmed().left(400)),
                         QStringLiteral("host"));

    QHash<QString, QString> paths;
    const QStringList lines = QString::fromUtf8(found->stdOut).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString name = line.section(QLatin1Char('\t'), 0, 0);
        const QString path = line.section(QLatin1Char('\t'), 1).trimmed();
        // Only real files: an alias or function would print something else.
        if (candidatePrograms().contains(name) && path.startsWith(QLatin1Char('/')))
            paths.insert(name, path);
    }

    QString dumpProgram = paths.value(QStringLiteral("mariadb-dump"));
    QString clientProgram =
        paths.value(QStringLiteral("mariadb"), paths.value(QStringLiteral("mysql")));
    if (dumpProgram.isEmpty()) {
        dumpProgram = paths.value(QStringLiteral("mysqldump"));
        clientProgram =
            paths.value(QStringLiteral("mysql"), paths.value(QStringLiteral("mariadb")));
    }
    if (dumpProgram.isEmpty())
        return makeError(
            QStringLiteral("Neither mariadb-dump nor mysqldump was found on the host"),
            QStringLiteral("host PATH"),
            QStringLiteral("Install a MySQL-compatible client on the host (e.g. the "
                           "mariadb-client package), or make it reachable in the PATH of "
                           "non-interactive SSH sessions."));

    const Expected<remote::CommandResult> version =
        runner.run({dumpProgram, QStringLiteral("--version")}, options);
    if (!version)
        return version.error();
    if (!version->succeeded())
        return makeError(QStringLiteral("`%1 --version` failed (exit status %2): %3")
                             .arg(dumpProgram)
                             .arg(version->exitStatus)
                             .arg(QString::fromUtf8(version->stdErr).trimmed().left(400)),
                         dumpProgram);
    return fromVersionText(dumpProgram, firstLine(version->stdOut), clientProgram);
}

DumpTool DumpTool::fromVersionText(const QString& dumpProgram, const QString& versionText,
                                   const QString& clientProgram)
{
    DumpTool tool;
    tool.m_dumpProgram = dumpProgram;
    tool.m_clientProgram = clientProgram;
    tool.m_versionText = versionText;
    tool.m_flavour = flavourFromVersionText(versionText);
    tool.m_version = versionFromVersionText(versionText);
    return tool;
}

DumpFlavour DumpTool::flavourFromVersionText(const QString& versionText)
{
    // MariaDB: "mariadb-dump  Ver 10.19 Distrib 10.11.19-MariaDB, for debian-linux-gnu" or, from
    // 11.x, "mariadb-dump from 11.4.2-MariaDB, client 10.19 for Linux".
    if (versionText.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive))
        return DumpFlavour::MariaDb;
    // MySQL: "mysqldump  Ver 8.0.36 for Linux on x86_64 (MySQL Community Server - GPL)";
    // Percona Server's tool is MySQL's.
    if (versionText.contains(QLatin1String("MySQL"), Qt::CaseInsensitive) ||
        versionText.contains(QLatin1String("Percona"), Qt::CaseInsensitive))
        return DumpFlavour::MySql;
    // MySQL 5.7 names no brand: "mysqldump  Ver 10.13 Distrib 5.7.44, for Linux (x86_64)".
    static const QRegularExpression distrib(QStringLiteral("\\bDistrib\\s+\\d+\\.\\d+\\.\\d+"));
    if (versionText.contains(QLatin1String("dump"), Qt::CaseInsensitive) &&
        distrib.match(versionText).hasMatch())
        return DumpFlavour::MySql;
    return DumpFlavour::Unknown;
}

QString DumpTool::versionFromVersionText(const QString& versionText)
{
    static const QRegularExpression mariaDb(QStringLiteral("(\\d+\\.\\d+\\.\\d+)-MariaDB"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression distrib(
        QStringLiteral("\\bDistrib\\s+(\\d+\\.\\d+\\.\\d+[^,\\s]*)"));
    static const QRegularExpression mySql(QStringLiteral("\\bVer\\s+(\\d+\\.\\d+\\.\\d+\\S*)"));
    if (const QRegularExpressionMatch m = mariaDb.match(versionText); m.hasMatch())
        return m.captured(1) + QStringLiteral("-MariaDB");
    if (flavourFromVersionText(versionText) == DumpFlavour::MariaDb)
        return {};
    if (const QRegularExpressionMatch m = distrib.match(versionText); m.hasMatch())
        return m.captured(1);
    if (const QRegularExpressionMatch m = mySql.match(versionText); m.hasMatch())
        return m.captured(1);
    return {};
}

Expected<QStringList> DumpTool::dumpArguments(const QString& database,
                                              const QString& optionFilePath,
                                              const DumpOptions& options) const
{
    if (Expected<void> valid = validateDatabaseName(database, QStringLiteral("database")); !valid)
        return valid.error();
    if (Expected<void> valid = validateOptionFilePath(optionFilePath); !valid)
        return valid.error();

    // The MySQL-family tools honour --defaults-extra-file only as the very first option.
    QStringList args{QStringLiteral("--defaults-extra-file=") + optionFilePath};
    // A consistent snapshot of InnoDB tables without locking them; stored code and events are
    // part of the metadata. Triggers are left out as the documented procedure does:
    // `--triggers=false` is verified to be accepted by mariadb-dump 10.11 (the option is a
    // boolean; it dumps no CREATE TRIGGER) and by MySQL's mysqldump.
    args << QStringLiteral("--single-transaction") << QStringLiteral("--routines")
         << QStringLiteral("--events") << QStringLiteral("--triggers=false");
    if (m_flavour == DumpFlavour::MySql) {
        // MySQL 8's mysqldump queries information_schema.column_statistics, which older servers
        // and OceanBase lack; GTID statements in the dump would break a restore. MariaDB's tool
        // rejects both options, so they are never given to it (nor to an unknown tool).
        const QVersionNumber version = QVersionNumber::fromString(m_version);
        if (version.isNull() || version.majorVersion() >= 8)
            args << QStringLiteral("--column-statistics=0");
        if (version.isNull() || version >= QVersionNumber(5, 6))
            args << QStringLiteral("--set-gtid-purged=OFF");
    }
    if (options.verbose)
        args << QStringLiteral("--verbose");
    args << database;
    return args;
}

Expected<QStringList> DumpTool::dumpCommand(const QString& database, const QString& optionFilePath,
                                            const DumpOptions& options) const
{
    Expected<QStringList> args = dumpArguments(database, optionFilePath, options);
    if (!args)
        return args.error();
    const QString program = m_dumpProgram.isEmpty() ? QStringLiteral("mysqldump") : m_dumpProgram;
    return QStringList{program} + *args;
}

Expected<QStringList> DumpTool::clientArguments(const QString& optionFilePath,
                                                const QString& database) const
{
    if (Expected<void> valid = validateDatabaseName(database, QStringLiteral("database")); !valid)
        return valid.error();
    if (Expected<void> valid = validateOptionFilePath(optionFilePath); !valid)
        return valid.error();
    return QStringList{QStringLiteral("--defaults-extra-file=") + optionFilePath, database};
}

Expected<QStringList> DumpTool::clientCommand(const QString& optionFilePath,
                                              const QString& database) const
{
    if (m_clientProgram.isEmpty())
        return makeError(QStringLiteral("Neither mariadb nor mysql (the client) was found on the "
                                        "host"),
                         QStringLiteral("host PATH"),
                         QStringLiteral("Install a MySQL-compatible client on the host."));
    Expected<QStringList> args = clientArguments(optionFilePath, database);
    if (!args)
        return args.error();
    return QStringList{m_clientProgram} + *args;
}

} // namespace omsua::backup
