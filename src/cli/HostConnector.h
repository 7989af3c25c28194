#pragma once

#include "plan/Plan.h"
#include "upgrade/HostSession.h"

#include <QString>
#include <memory>

namespace omsua::cli {

class CliOutput;

// Loads a plan and opens the SSH session for a command: secrets from the environment or the
// terminal, host key verified (an unknown key is accepted only when the operator confirms its
// fingerprint on a terminal, or with --accept-new-host-key), failures mapped to exit codes.
class HostConnector
{
public:
    explicit HostConnector(CliOutput& out);
    ~HostConnector();

    // Returns an ExitCode: Done when connected.
    int connect(const QString& planFile, bool acceptNewHostKey);

    upgrade::HostSession& host() { return *m_host; }
    const plan::Plan& plan() const { return m_plan; }
    QString hostKeyFingerprint() const { return m_fingerprint; }

private:
    CliOutput& m_out;
    plan::Plan m_plan;
    std::unique_ptr<upgrade::HostSession> m_host;
    QString m_fingerprint;
};

} // namespace omsua::cli
