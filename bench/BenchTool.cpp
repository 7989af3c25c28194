// The product's side of the benchmarks (bench/run holds the references and the arithmetic):
// each mode runs one operation through the same core classes the upgrade uses and prints one
// JSON object on stdout with what it measured. Secrets are never taken from the command line:
// the MetaDB credentials come from the host's config.yaml read over SSH, as the product does.
//
//   omsua-bench backup   --databases a,b,c --directory DIR --run-id ID   (BackupWriter)
//   omsua-bench download --remote FILE --local FILE                      (SftpClient)
//   omsua-bench upload   --local FILE --remote FILE                      (SftpClient)
//   omsua-bench trim     --database CMHB [--batch N]                     (trimHeartbeat)
//   omsua-bench gui-start [--idle-ms N] [--bare]  first frame and idle RSS of the main window
// Common: --port, --user, --identity, --known-hosts, --config-yaml (the lab's by default).
#include "Appearance.h"
#include "MainWindow.h"
#include "backup/BackupWriter.h"
#include "config/OmsConfig.h"
#include "metadb/MetaDbConnection.h"
#include "remote/SftpClient.h"
#include "remote/SshCommandRunner.h"
#include "remote/SshSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <optional>

using namespace omsua;

namespace {

void printJson(const QJsonObject& object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString& what)
{
    std::fprintf(stderr, "omsua-bench: %s\n", qPrintable(what));
    return 1;
}

// Resident set size of this process in bytes (VmRSS of /proc/self/status).
qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

struct Host
{
    remote::SshSession session;
    std::unique_ptr<remote::SshCommandRunner> runner;
    config::OmsConfig config;
};

Expected<void> connectHost(Host& host, const QCommandLineParser& parser)
{
    remote::SshEndpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = quint16(parser.value(QStringLiteral("port")).toUInt());
    endpoint.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
    if (auto connected = host.session.connect(endpoint, {}); !connected)
        return connected.error();
    remote::SshCredentials credentials;
    credentials.user = parser.value(QStringLiteral("user"));
    credentials.identityFile = parser.value(QStringLiteral("identity"));
    credentials.useAgent = false;
    if (auto authenticated = host.session.authenticate(credentials); !authenticated)
        return authenticated.error();
    host.runner = std::make_unique<remote::SshCommandRunner>(host.session);
    const QString configPath = parser.value(QStringLiteral("config-yaml"));
    auto read = host.runner->run({QStringLiteral("cat"), QStringLiteral("--"), configPath});
    if (!read)
        return read.error();
    if (!read->succeeded())
        return makeError(QStringLiteral("cannot read %1 on the host").arg(configPath));
    auto parsed = config::OmsConfig::parse(read->stdOut, configPath);
    if (!parsed)
        return parsed.error();
    host.config = *parsed;
    return {};
}

int runBackup(Host& host, const QCommandLineParser& parser)
{
    backup::BackupRequest request;
    request.backupDirectory = parser.value(QStringLiteral("directory"));
    request.runId = parser.value(QStringLiteral("run-id"));
    request.credentials = {host.config.metaHost, host.config.metaPort, host.config.metaUser,
                           host.config.metaPassword};
    const QStringList names =
        parser.value(QStringLiteral("databases")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const backup::DatabaseRole roles[] = {backup::DatabaseRole::Rm, backup::DatabaseRole::Cm,
                                          backup::DatabaseRole::CmHb};
    for (qsizetype i = 0; i < names.size(); ++i)
        request.databases.append({roles[qMin<qsizetype>(i, 2)], names.at(i)});
    request.container = QStringLiteral("bench");
    request.notes = QStringLiteral("benchmark B1");
    request.t1 = QDateTime::currentDateTimeUtc();

    backup::BackupWriter writer(*host.runner);
    QElapsedTimer timer;
    timer.start();
    // Where the time goes: the dumps themselves, their verification (trailer, sha256 on the
    // host) and everything else (tool detection, option file, renames, manifest, round trips).
    qint64 phaseStart = 0;
    qint64 dumpMs = 0;
    qint64 verifyMs = 0;
    writer.setProgressCallback([&](const backup::BackupProgress& progress) {
        using Phase = backup::BackupProgress::Phase;
        if (progress.phase == Phase::Dumping) {
            phaseStart = timer.elapsed();
        } else if (progress.phase == Phase::Verifying) {
            dumpMs += timer.elapsed() - phaseStart;
            phaseStart = timer.elapsed();
        } else if (progress.phase == Phase::Dumped) {
            verifyMs += timer.elapsed() - phaseStart;
        }
    });
    const auto outcome = writer.write(request);
    const qint64 ms = timer.elapsed();
    if (!outcome)
        return fail(outcome.error().toString());
    qint64 bytes = 0;
    for (const auto& database : outcome->manifest.databases)
        bytes += database.bytes;
    printJson({{QStringLiteral("seconds"), double(ms) / 1000.0},
               {QStringLiteral("dump_seconds"), double(dumpMs) / 1000.0},
               {QStringLiteral("verify_seconds"), double(verifyMs) / 1000.0},
               {QStringLiteral("other_seconds"), double(ms - dumpMs - verifyMs) / 1000.0},
               {QStringLiteral("commands"), int(outcome->commands.size())},
               {QStringLiteral("bytes"), bytes}});
    return 0;
}

int runTransfer(Host& host, const QCommandLineParser& parser, bool download)
{
    remote::SftpClient sftp(host.session);
    const QString remotePath = parser.value(QStringLiteral("remote"));
    const QString localPath = parser.value(QStringLiteral("local"));
    QElapsedTimer timer;
    timer.start();
    const Expected<qint64> bytes = download
                                       ? sftp.downloadFile(remotePath, localPath, /*resume=*/false)
                                       : sftp.uploadFile(localPath, remotePath);
    const qint64 ms = timer.elapsed();
    if (!bytes)
        return fail(bytes.error().toString());
    printJson(
        {{QStringLiteral("seconds"), double(ms) / 1000.0}, {QStringLiteral("bytes"), *bytes}});
    return 0;
}

int runTrim(Host& host, const QCommandLineParser& parser)
{
    metadb::MetaDbConnection db;
    metadb::MetaDbEndpoint endpoint;
    endpoint.host = host.config.metaHost;
    endpoint.port = host.config.metaPort;
    endpoint.user = host.config.metaUser;
    endpoint.password = host.config.metaPassword;
    endpoint.readTimeoutSec = 600;
    endpoint.writeTimeoutSec = 600;
    if (auto opened = db.open(endpoint); !opened)
        return fail(opened.error().toString());
    const int batch = parser.isSet(QStringLiteral("batch"))
                          ? parser.value(QStringLiteral("batch")).toInt()
                          : 10000;
    const auto trimmed = db.trimHeartbeat(parser.value(QStringLiteral("database")), batch);
    if (!trimmed)
        return fail(trimmed.error().toString());
    printJson({{QStringLiteral("seconds"), double(trimmed->totalMs) / 1000.0},
               {QStringLiteral("longest_statement_seconds"),
                double(trimmed->longestStatementMs) / 1000.0},
               {QStringLiteral("deleted"), trimmed->deleted},
               {QStringLiteral("batches"), trimmed->batches}});
    return 0;
}

// Starts the GUI as src/app does and reports when the main window's first frame is painted,
// counted from OMSUA_BENCH_T0_MS (epoch ms taken by the caller just before exec, so the dynamic
// loading and static initialisation count too) or else from main(); then idles and reports the
// resident set size.
int runGuiStart(QApplication& app, const QCommandLineParser& parser, qint64 mainEpochMs)
{
    bool t0Given = false;
    const qint64 t0 = qEnvironmentVariable("OMSUA_BENCH_T0_MS").toLongLong(&t0Given);
    const qint64 start = t0Given ? t0 : mainEpochMs;
    const int idleMs = parser.isSet(QStringLiteral("idle-ms"))
                           ? parser.value(QStringLiteral("idle-ms")).toInt()
                           : 3000;

    // --bare: an empty QMainWindow, the floor any Qt Widgets application pays (the reference).
    const bool bare = parser.isSet(QStringLiteral("bare"));
    std::unique_ptr<QMainWindow> owned;
    if (bare) {
        owned = std::make_unique<QMainWindow>();
        owned->resize(1000, 700);
    } else {
        gui::Appearance::applySaved();
        owned = std::make_unique<gui::MainWindow>();
    }
    QMainWindow& window = *owned;

    // The first Paint of the window is its first frame; the frame is done when the event loop
    // comes back after it.
    struct PaintWatch : QObject
    {
        std::optional<qint64> firstPaintDone;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::Paint && !firstPaintDone) {
                firstPaintDone = 0;
                QTimer::singleShot(
                    0, this, [this] { firstPaintDone = QDateTime::currentMSecsSinceEpoch(); });
            }
            return QObject::eventFilter(watched, event);
        }
    } watch;
    window.installEventFilter(&watch);
    window.show();

    QTimer::singleShot(idleMs, &app, [&] {
        const qint64 rss = residentBytes();
        if (!watch.firstPaintDone || *watch.firstPaintDone == 0) {
            app.exit(fail(QStringLiteral("the main window was never painted")));
            return;
        }
        printJson({{QStringLiteral("first_frame_seconds"),
                    double(*watch.firstPaintDone - start) / 1000.0},
                   {QStringLiteral("idle_rss_bytes"), rss},
                   {QStringLiteral("t0_from_caller"), t0Given}});
        app.exit(0);
    });
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    const qint64 mainEpochMs = QDateTime::currentMSecsSinceEpoch();
    const bool gui = argc > 1 && qstrcmp(argv[1], "gui-start") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (gui) {
        QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
            Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
        app = std::make_unique<QApplication>(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("oms-upgrade-assistant"));
        QCoreApplication::setApplicationName(QStringLiteral("oms-upgrade-assistant"));
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }

    const QString labDir = qEnvironmentVariable("LAB_DIR", QStringLiteral("/var/lib/oms-lab"));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"),
                                 QStringLiteral("backup|download|upload|trim|gui-start"));
    const auto option = [&parser](const char* name, const QString& fallback = {}) {
        QCommandLineOption o(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        if (!fallback.isEmpty())
            o.setDefaultValue(fallback);
        parser.addOption(o);
    };
    // The lab's own settings (bench/run exports lab.env), so a lab on other ports works too.
    option("port", qEnvironmentVariable("LAB_SSH_PORT", QStringLiteral("2222")));
    option("user", qEnvironmentVariable("LAB_SSH_USER", QStringLiteral("omsadmin")));
    option("identity", labDir + QStringLiteral("/client/id_ed25519"));
    option("known-hosts", labDir + QStringLiteral("/client/known_hosts"));
    option("config-yaml", labDir + QStringLiteral("/host/data/config.yaml"));
    for (const char* name :
         {"databases", "directory", "run-id", "remote", "local", "database", "batch", "idle-ms"})
        option(name);
    parser.addOption(QCommandLineOption(QStringLiteral("bare")));
    parser.process(*app);
    const QString mode = parser.positionalArguments().value(0);

    if (gui)
        return runGuiStart(static_cast<QApplication&>(*app), parser, mainEpochMs);

    Host host;
    if (auto connected = connectHost(host, parser); !connected)
        return fail(connected.error().toString());
    if (mode == QLatin1String("backup"))
        return runBackup(host, parser);
    if (mode == QLatin1String("download") || mode == QLatin1String("upload"))
        return runTransfer(host, parser, mode == QLatin1String("download"));
    if (mode == QLatin1String("trim"))
        return runTrim(host, parser);
    return fail(QStringLiteral("unknown mode: ") + mode);
}
