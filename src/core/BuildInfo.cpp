#include "BuildInfo.h"

#include <QStringList>
#include <QtGlobal>
#include <libssh2.h>
#include <spdlog/version.h>

namespace omsua {

BuildInfo BuildInfo::current()
{
    BuildInfo info;
    info.version = QStringLiteral(OMSUA_VERSION);
    info.qtRuntime = QString::fromLatin1(qVersion());
    info.qtBuild = QStringLiteral(QT_VERSION_STR);
    const char* ssh = libssh2_version(0);
    info.libssh2 = ssh ? QString::fromLatin1(ssh) : QStringLiteral(LIBSSH2_VERSION);
    info.spdlog = QStringLiteral("%1.%2.%3")
                      .arg(SPDLOG_VER_MAJOR)
                      .arg(SPDLOG_VER_MINOR)
                      .arg(SPDLOG_VER_PATCH);
    return info;
}

QString BuildInfo::toText() const
{
    QStringList lines;
    lines << QStringLiteral("OMS Upgrade Assistant %1").arg(version)
          << QStringLiteral("Qt %1 (built with %2)").arg(qtRuntime, qtBuild)
          << QStringLiteral("libssh2 %1").arg(libssh2) << QStringLiteral("spdlog %1").arg(spdlog);
    return lines.join(QLatin1Char('\n'));
}

} // namespace omsua
