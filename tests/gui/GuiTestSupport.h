#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QtGlobal>

namespace omsua::test {

// Settings, profiles and keychain of the test's own: QStandardPaths' test mode keeps QSettings
// and the app data directory apart from the user's, and a session bus address that leads
// nowhere makes every keychain call fail the way it does on a headless machine without a
// Secret Service (so the in-memory fallback is what runs, here and in CI alike).
inline void isolateGuiTest()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/omsua-test-bus");
    QCoreApplication::setOrganizationName(QStringLiteral("oms-upgrade-assistant-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("oms-upgrade-assistant-tests"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

} // namespace omsua::test
