#pragma once

#include <QString>

namespace omsua {

// Versions of the program and of the libraries it was built with and runs on, for --version,
// the About box and the report (support needs to know which libssh2 talked to the host).
struct BuildInfo
{
    QString version;   // this program
    QString qtRuntime; // qVersion()
    QString qtBuild;   // QT_VERSION_STR
    QString libssh2;   // libssh2_version(0)
    QString spdlog;    // compile-time SPDLOG_VER_*

    static BuildInfo current();
    QString toText() const; // one line per component
};

} // namespace omsua
