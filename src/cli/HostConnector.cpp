#include "HostConnector.h"

#include "CliOutput.h"
#include "ExitCode.h"
#include "TerminalPrompt.h"
#include "log/Logging.h"
#include "upgrade/JournalStore.h"

#include <QCoreApplication>
#include <QFile>

namespace omsua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omsua::cli::HostConnector", text);
}

// Whether the key file is protected by a passphrase (OpenSSH and PEM formats say so in the
// clear), so the operator is asked for it before connecting rather than after a failure.
bool keyFileLooksEncrypted(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(64 * 1024);
    if (head.contains("ENCRYPTED"))
        return true;
    const qsizetype begin = head.indexOf("-----BEGIN OPENSSH PRIVATE KEY-----");
    if (begin < 0)
        return false;
    // The OpenSSH format names its cipher right after the magic: "none" for a plain key.
    const QByteArray body = head.mid(begin + 36);
    const qsizetype end = body.indexOf("-----END");
    const QByteArray decoded = QByteArray::fromBase64(body.left(end).simplified().replace(' ', ""));
    return decoded.startsWith("openssh-key-v1") && !decoded.mid(15, 8).contains("none");
}

} // namespace

HostConnector::HostConnector(CliOutput& out)
    : m_out(out)
{}

HostConnector::~HostConnector() = default;

int HostConnector::connect(const QString& planFile, bool acceptNewHostKey)
{
    auto plan = plan::Plan::load(planFile);
    if (!plan) {
        m_out.error(plan.error());
        return BadInput;
    }
    m_plan = *plan;
    // The CLI logs to the same place as the GUI; a log that cannot be opened is not fatal.
    if (auto logFile = log::Logging::initialize(upgrade::JournalStore::defaultDataDirectory() +
                                                QStringLiteral("/logs"));
        !logFile)
        m_out.diagnostic(tr("warning: no log file: %1").arg(logFile.error().message));

    upgrade::Secrets secrets = upgrade::Secrets::fromEnvironment();
    const bool terminal = TerminalPrompt::available();
    if (secrets.sshPassphrase.isEmpty() && !m_plan.ssh.identityFile.isEmpty() &&
        keyFileLooksEncrypted(m_plan.ssh.identityFile) && terminal)
        secrets.sshPassphrase =
            TerminalPrompt::askSecret(tr("Passphrase for %1: ").arg(m_plan.ssh.identityFile));
    if (secrets.sshPassword.isEmpty() && m_plan.ssh.identityFile.isEmpty() &&
        qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK") && terminal)
        secrets.sshPassword = TerminalPrompt::askSecret(
            tr("Password for %1@%2: ").arg(m_plan.ssh.user, m_plan.ssh.host));

    remote::HostKeyPolicy policy;
    if (acceptNewHostKey) {
        policy.unknown = remote::HostKeyPolicy::Unknown::AcceptAndRemember;
    } else if (terminal) {
        policy.unknown = remote::HostKeyPolicy::Unknown::Ask;
        policy.ask = [this](const remote::HostKeyInfo& key) {
            m_out.diagnostic(tr("The host %1 port %2 is not in %3.")
                                 .arg(m_plan.ssh.host)
                                 .arg(m_plan.ssh.port)
                                 .arg(m_plan.ssh.knownHosts));
            m_out.diagnostic(tr("Its %1 key fingerprint is %2.").arg(key.keyType, key.fingerprint));
            return TerminalPrompt::confirm(
                tr("Compare it with `ssh-keygen -lf` on the host. Type yes to trust and "
                   "remember it: "));
        };
    }

    m_host = std::make_unique<upgrade::HostSession>(m_plan, secrets, policy);
    auto hostKey = m_host->connect();
    if (!hostKey) {
        m_out.error(hostKey.error());
        const QString code = hostKey.error().code;
        return code.startsWith(QLatin1String("host-key")) ? Refused : Failed;
    }
    m_fingerprint = hostKey->fingerprint;
    return Done;
}

} // namespace omsua::cli
