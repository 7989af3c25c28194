#include "HostKeyDialog.h"

#include "ui_HostKeyDialog.h"

#include <QEvent>
#include <QFontDatabase>

namespace omsua::gui {

HostKeyDialog::HostKeyDialog(const HostKeyPrompt& prompt, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HostKeyDialog>())
    , m_prompt(prompt)
{
    m_ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->fingerprintLabel->setFont(fixed);
    m_ui->knownFingerprintLabel->setFont(fixed);
    QFont header = m_ui->headerLabel->font();
    header.setBold(true);
    header.setPointSizeF(header.pointSizeF() * 1.2);
    m_ui->headerLabel->setFont(header);
    // Red with white text reads as a refusal in the light and the dark palette alike.
    m_ui->headerLabel->setAutoFillBackground(true);
    if (!canAccept()) {
        m_ui->headerLabel->setStyleSheet(
            QStringLiteral("background-color: #c62828; color: white; border-radius: 3px;"));
        m_ui->knownFingerprintLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    }
    m_ui->acceptButton->setVisible(canAccept());
    m_ui->refuseButton->setVisible(canAccept());
    m_ui->closeButton->setVisible(!canAccept());
    const bool mismatch = m_prompt.kind == HostKeyPrompt::Kind::Mismatch;
    m_ui->knownFingerprintCaptionLabel->setVisible(mismatch);
    m_ui->knownFingerprintLabel->setVisible(mismatch);
    m_ui->keyTypeLabel->setText(m_prompt.keyType);
    m_ui->fingerprintLabel->setText(m_prompt.fingerprint);
    m_ui->knownFingerprintLabel->setText(m_prompt.knownFingerprint);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->refuseButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    // Refusing is what Enter and Escape do: accepting a key must be a deliberate click.
    m_ui->acceptButton->setAutoDefault(false);
    m_ui->refuseButton->setDefault(canAccept());
    m_ui->closeButton->setDefault(!canAccept());
    retranslate();
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    adjustSize();
}

HostKeyDialog::~HostKeyDialog() = default;

void HostKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void HostKeyDialog::retranslate()
{
    const QString where = QStringLiteral("%1:%2").arg(m_prompt.host).arg(m_prompt.port);
    switch (m_prompt.kind) {
    case HostKeyPrompt::Kind::Unknown:
        setWindowTitle(tr("Unknown host key"));
        m_ui->headerLabel->setText(tr("First connection to %1").arg(where));
        m_ui->explanationLabel->setText(
            tr("The host's key is not in %1, so it cannot be told apart from an impostor yet.")
                .arg(m_prompt.knownHostsFile));
        m_ui->hintLabel->setText(
            tr("Ask the host's administrator to run ssh-keygen -lf on the host's %1 public key "
               "(in /etc/ssh) and compare the SHA256 fingerprints character by character. "
               "Accept only if they are equal: the key is then added to %2 and checked at every "
               "connection. Refusing runs nothing on the host.")
                .arg(m_prompt.keyType, m_prompt.knownHostsFile));
        break;
    case HostKeyPrompt::Kind::Mismatch:
        setWindowTitle(tr("Host key changed: connection refused"));
        m_ui->headerLabel->setText(
            tr("The host key of %1 has CHANGED. The connection was refused; nothing was run.")
                .arg(where));
        m_ui->explanationLabel->setText(tr("%1 records another key for this host (%2).")
                                            .arg(m_prompt.knownHostsFile, m_prompt.knownHostsLine));
        m_ui->hintLabel->setText(
            tr("Someone may be intercepting the connection, or the host was reinstalled. Verify "
               "the new key with the host's administrator before replacing the line in "
               "known_hosts; this program never replaces it."));
        break;
    case HostKeyPrompt::Kind::Revoked:
        setWindowTitle(tr("Host key revoked: connection refused"));
        m_ui->headerLabel->setText(
            tr("The host key of %1 is marked @revoked. The connection was refused; nothing was "
               "run.")
                .arg(where));
        m_ui->explanationLabel->setText(tr("%1 lists this key as revoked (%2).")
                                            .arg(m_prompt.knownHostsFile, m_prompt.knownHostsLine));
        m_ui->hintLabel->setText(
            tr("The host uses a key that was revoked: contact its administrator."));
        break;
    }
    if (m_prompt.fingerprint.isEmpty())
        m_ui->fingerprintLabel->setText(tr("(not available: %1)").arg(m_prompt.message));
}

} // namespace omsua::gui
