#include "LabEnvironment.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace omsua::test {

namespace {
LabEnvironment g_lab;
bool g_loaded = false;

QString labDirFromEnvironment()
{
    const QString dir = qEnvironmentVariable("LAB_DIR");
    return dir.isEmpty() ? QStringLiteral("/var/lib/oms-lab") : dir;
}
} // namespace

bool LabEnvironment::load(QString* error)
{
    if (g_loaded)
        return true;
    const QString envFile = labDirFromEnvironment() + QStringLiteral("/lab.env");
    if (!QFile::exists(envFile)) {
        *error = QStringLiteral("The OMS lab is not set up: %1 is missing. Run `sudo lab/up` "
                                "(CI does this before the tests).")
                     .arg(envFile);
        return false;
    }
    // lab.env is shell (values quoted with printf %q); let bash read it, then take its
    // environment back NUL-separated so every byte of the hostile passwords survives.
    QProcess bash;
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("-c"), QStringLiteral("set -a; . \"$1\"; env -0"),
                QStringLiteral("lab-env"), envFile});
    if (!bash.waitForFinished(10000) || bash.exitCode() != 0) {
        *error = QStringLiteral("Cannot read %1: %2")
                     .arg(envFile, QString::fromUtf8(bash.readAllStandardError()));
        return false;
    }
    const QList<QByteArray> entries = bash.readAllStandardOutput().split('\0');
    for (const QByteArray& entry : entries) {
        const qsizetype eq = entry.indexOf('=');
        if (eq <= 0 || !entry.startsWith("LAB_"))
            continue;
        g_lab.m_values.insert(QString::fromUtf8(entry.left(eq)),
                              QString::fromUtf8(entry.mid(eq + 1)));
    }
    if (!g_lab.m_values.contains(QStringLiteral("LAB_DIR")))
        g_lab.m_values.insert(QStringLiteral("LAB_DIR"), labDirFromEnvironment());
    g_loaded = true;
    return true;
}

const LabEnvironment& LabEnvironment::instance()
{
    return g_lab;
}

QString LabEnvironment::value(const QString& key, const QString& fallback) const
{
    return m_values.value(key, fallback);
}

int LabEnvironment::intValue(const QString& key, int fallback) const
{
    bool ok = false;
    const int v = m_values.value(key).toInt(&ok);
    return ok ? v : fallback;
}

bool LabEnvironment::reset(QString* error)
{
    QProcess reset;
    reset.setProcessChannelMode(QProcess::MergedChannels);
    reset.start(QStringLiteral("bash"),
                {QStringLiteral(OMSUA_SOURCE_DIR) + QStringLiteral("/lab/reset")});
    if (!reset.waitForFinished(300000) || reset.exitCode() != 0) {
        *error =
            QStringLiteral("lab/reset failed: ") + QString::fromUtf8(reset.readAll().right(2000));
        return false;
    }
    return true;
}

} // namespace omsua::test
