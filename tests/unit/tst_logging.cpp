#include "log/Logging.h"
#include "log/Redactor.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <thread>
#include <vector>

using namespace omsua::log;

namespace {

const QString kSecret = QStringLiteral("Lg'pw \"$x; y\\z");

mode_t fileMode(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 07777;
    return st.st_mode & 07777;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

struct Captured
{
    QMutex mutex;
    QList<QPair<Level, QString>> messages;
};

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fileIsPrivate();
    void fileIsPrivateDespiteUmaskAndOldFile();
    void secretNeverReachesFileOrSink();
    void patternsMaskedWithoutRegistration();
    void levelsAndRemoval();
    void rotatedFilesArePrivate();
    void manyThreads();
    void sinkThatLogsDoesNotRecurse();
    void beforeInitializeOnlySinks();
    void badDirectory();

private:
    QTemporaryDir* m_dir = nullptr;
    QString logDir() const { return m_dir->filePath(QStringLiteral("logs")); }
};

void TestLogging::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    Logging::setLevel(Level::Debug);
}

void TestLogging::cleanup()
{
    Logging::shutdown();
    delete m_dir;
    m_dir = nullptr;
}

void TestLogging::fileIsPrivate()
{
    auto path = Logging::initialize(logDir());
    QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error().toString()));
    QCOMPARE(Logging::logFilePath(), *path);
    QVERIFY(QFile::exists(*path));
    QCOMPARE(fileMode(*path), mode_t(0600));
    QCOMPARE(fileMode(logDir()), mode_t(0700));
    info(QStringLiteral("hello"));
    Logging::flush();
    QVERIFY(readAll(*path).contains("hello"));
    QCOMPARE(fileMode(*path), mode_t(0600));
}

void TestLogging::fileIsPrivateDespiteUmaskAndOldFile()
{
    QVERIFY(QDir().mkpath(logDir()));
    const QString old = logDir() + QStringLiteral("/oms-upgrade-assistant.log");
    {
        QFile file(old);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("older line\n");
    }
    QVERIFY(::chmod(QFile::encodeName(old).constData(), 0666) == 0);
    const mode_t previous = ::umask(0);
    auto path = Logging::initialize(logDir());
    ::umask(previous);
    QVERIFY(path.ok());
    QCOMPARE(*path, old);
    QCOMPARE(fileMode(*path), mode_t(0600));
    QVERIFY(readAll(*path).startsWith("older line\n")); // appended, not truncated
}

void TestLogging::secretNeverReachesFileOrSink()
{
    Redactor::global().addSecret(kSecret);
    Captured captured;
    const int sink = Logging::addSink([&](Level level, const QDateTime& time, const QString& text) {
        QVERIFY(time.isValid());
        QMutexLocker lock(&captured.mutex);
        captured.messages.append({level, text});
    });
    auto path = Logging::initialize(logDir());
    QVERIFY(path.ok());

    info(QStringLiteral("connecting with ") + kSecret);
    warn(QStringLiteral("quoted: '") +
         QString(kSecret).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\''));
    error(QStringLiteral("multi\nline ") + kSecret + QStringLiteral("\nend"));
    debug(QStringLiteral("{braces} are not fmt placeholders {} {0}"));
    Logging::flush();
    Logging::removeSink(sink);
    Redactor::global().removeSecret(kSecret);

    const QByteArray file = readAll(*path);
    QVERIFY(!file.contains(kSecret.toUtf8()));
    QVERIFY(!file.contains("Lg"));
    QVERIFY(!file.contains("$x"));
    QCOMPARE(file.count("********"), 3);
    QVERIFY(file.contains("{braces} are not fmt placeholders {} {0}"));
    QVERIFY(file.contains("warning"));

    QCOMPARE(captured.messages.size(), 4);
    QCOMPARE(captured.messages.at(0).first, Level::Info);
    QCOMPARE(captured.messages.at(0).second, QStringLiteral("connecting with ********"));
    QCOMPARE(captured.messages.at(1).first, Level::Warning);
    QCOMPARE(captured.messages.at(2).first, Level::Error);
    QCOMPARE(captured.messages.at(2).second, QStringLiteral("multi\nline ********\nend"));
    for (const auto& message : std::as_const(captured.messages))
        QVERIFY(!message.second.contains(QStringLiteral("Lg")));
}

void TestLogging::patternsMaskedWithoutRegistration()
{
    QStringList seen;
    const int sink =
        Logging::addSink([&](Level, const QDateTime&, const QString& text) { seen.append(text); });
    auto path = Logging::initialize(logDir());
    QVERIFY(path.ok());
    info(QStringLiteral("mysqldump -uroot -pUnregistered1 rm_330"));
    info(QStringLiteral("oms_meta_password: Unregistered2"));
    info(QStringLiteral("ALTER USER x IDENTIFIED BY 'Unregistered3'"));
    Logging::flush();
    Logging::removeSink(sink);
    const QByteArray file = readAll(*path);
    QVERIFY(!file.contains("Unregistered"));
    QCOMPARE(seen.size(), 3);
    for (const QString& text : std::as_const(seen))
        QVERIFY2(!text.contains(QStringLiteral("Unregistered")), qPrintable(text));
}

void TestLogging::levelsAndRemoval()
{
    QStringList seen;
    const int sink =
        Logging::addSink([&](Level, const QDateTime&, const QString& text) { seen.append(text); });
    Logging::setLevel(Level::Warning);
    QCOMPARE(Logging::level(), Level::Warning);
    debug(QStringLiteral("d"));
    info(QStringLiteral("i"));
    warn(QStringLiteral("w"));
    error(QStringLiteral("e"));
    QCOMPARE(seen, (QStringList{QStringLiteral("w"), QStringLiteral("e")}));
    Logging::removeSink(sink);
    error(QStringLiteral("after removal"));
    QCOMPARE(seen.size(), 2);
    QCOMPARE(levelName(Level::Warning), QStringLiteral("warning"));
}

void TestLogging::rotatedFilesArePrivate()
{
    Logging::Options options;
    options.maxFileBytes = 4096;
    options.maxFiles = 2;
    auto path = Logging::initialize(logDir(), options);
    QVERIFY(path.ok());
    const QString line(200, QLatin1Char('r'));
    for (int i = 0; i < 100; ++i)
        info(line);
    Logging::flush();
    const QStringList files = QDir(logDir()).entryList(QDir::Files);
    QVERIFY2(files.size() == 3, qPrintable(files.join(QLatin1Char(','))));
    for (const QString& file : files)
        QCOMPARE(fileMode(QDir(logDir()).filePath(file)), mode_t(0600));
}

void TestLogging::manyThreads()
{
    std::atomic<int> delivered{0};
    const int sink =
        Logging::addSink([&](Level, const QDateTime&, const QString&) { ++delivered; });
    auto path = Logging::initialize(logDir());
    QVERIFY(path.ok());
    Redactor::global().addSecret(QStringLiteral("thread-secret"));
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([t] {
            for (int i = 0; i < 250; ++i)
                info(QStringLiteral("thread %1 message %2 thread-secret").arg(t).arg(i));
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    Logging::flush();
    Logging::removeSink(sink);
    Redactor::global().removeSecret(QStringLiteral("thread-secret"));
    QCOMPARE(delivered.load(), 1000);
    const QByteArray file = readAll(*path);
    QCOMPARE(file.count('\n'), 1000);
    QVERIFY(!file.contains("thread-secret"));
}

void TestLogging::sinkThatLogsDoesNotRecurse()
{
    int calls = 0;
    const int sink = Logging::addSink([&](Level, const QDateTime&, const QString&) {
        ++calls;
        info(QStringLiteral("from inside a sink"));
    });
    auto path = Logging::initialize(logDir());
    QVERIFY(path.ok());
    info(QStringLiteral("outer"));
    Logging::flush();
    Logging::removeSink(sink);
    QCOMPARE(calls, 1);
    QVERIFY(readAll(*path).contains("from inside a sink")); // still in the file
}

void TestLogging::beforeInitializeOnlySinks()
{
    Logging::shutdown();
    QVERIFY(Logging::logFilePath().isEmpty());
    QStringList seen;
    const int sink =
        Logging::addSink([&](Level, const QDateTime&, const QString& text) { seen.append(text); });
    info(QStringLiteral("early"));
    Logging::removeSink(sink);
    QCOMPARE(seen, QStringList{QStringLiteral("early")});
}

void TestLogging::badDirectory()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto path = Logging::initialize(m_dir->filePath(QStringLiteral("file/logs")));
    QVERIFY(!path.ok());
    QVERIFY(!path.error().message.isEmpty());
    QVERIFY(!Logging::initialize(QString()).ok());
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
