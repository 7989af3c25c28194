#pragma once

#include <QHash>
#include <QString>

namespace omsua::test {

// The running OMS lab as lab/up describes it in $LAB_DIR/lab.env (LAB_DIR defaults to
// /var/lib/oms-lab). Integration tests fail, not skip, when the lab is missing: CI starts it.
class LabEnvironment
{
public:
    // Loads lab.env once; returns false and fills *error when the lab is not there.
    static bool load(QString* error);
    static const LabEnvironment& instance();

    QString value(const QString& key, const QString& fallback = {}) const;
    int intValue(const QString& key, int fallback = 0) const;

    QString labDir() const { return value(QStringLiteral("LAB_DIR")); }
    QString planFile() const { return value(QStringLiteral("LAB_PLAN")); }
    QString clientDir() const { return labDir() + QStringLiteral("/client"); }
    QString knownHostsFile() const { return clientDir() + QStringLiteral("/known_hosts"); }
    QString identityFile(const QString& name = QStringLiteral("id_ed25519")) const
    {
        return clientDir() + QLatin1Char('/') + name;
    }
    QString sshHost() const { return QStringLiteral("127.0.0.1"); }
    quint16 sshPort() const { return quint16(intValue(QStringLiteral("LAB_SSH_PORT"), 2222)); }
    quint16 dbPort() const { return quint16(intValue(QStringLiteral("LAB_DB_PORT"), 3307)); }
    QString sshUser() const { return value(QStringLiteral("LAB_SSH_USER")); }
    QString sshPassword() const { return value(QStringLiteral("LAB_SSH_PASSWORD")); }
    QString metaUser() const { return value(QStringLiteral("LAB_META_USER")); }
    QString metaPassword() const { return value(QStringLiteral("LAB_META_PASSWORD")); }

    // Runs lab/reset (initial state: old container running, databases reseeded).
    static bool reset(QString* error);

private:
    QHash<QString, QString> m_values;
};

} // namespace omsua::test

// Use at the top of initTestCase() in every integration test.
#define OMSUA_REQUIRE_LAB()                                                                        \
    do {                                                                                           \
        QString labError_;                                                                         \
        if (!omsua::test::LabEnvironment::load(&labError_))                                        \
            QFAIL(qPrintable(labError_));                                                          \
    } while (false)
