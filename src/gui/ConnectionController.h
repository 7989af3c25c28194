#pragma once

#include "HostKeyDialog.h"
#include "HostKeyPrompt.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace omsua::gui {

class HostDiscoveryService;
class Workspace;

// Connects to the workspace's host and reads it, off the GUI thread, and settles host keys with
// the operator the way the command line does: an unknown key is shown (SHA256 fingerprint) to
// accept or refuse; a changed or revoked key is refused with both fingerprints shown. The
// worker never waits for the answer: it reports the key and stops, and an accepted key starts
// a new connection that accepts exactly that fingerprint.
class ConnectionController : public QObject
{
    Q_OBJECT

public:
    ConnectionController(Workspace* workspace, QWidget* dialogParent);
    ~ConnectionController() override;

    void connectToHost();
    bool busy() const;
    // The host key dialog on screen, if any (tests answer it).
    HostKeyDialog* hostKeyDialog() const { return m_dialog; }

Q_SIGNALS:
    void progress(const QString& what);
    void hostKeyDialogOpened(omsua::gui::HostKeyDialog* dialog);

private:
    void start(const QString& acceptedFingerprint);
    void askAboutHostKey(const HostKeyPrompt& prompt);

    Workspace* m_workspace;
    QWidget* m_dialogParent;
    HostDiscoveryService* m_service;
    QPointer<HostKeyDialog> m_dialog;
};

} // namespace omsua::gui
