#pragma once

#include "HostKeyPrompt.h"

#include <QDialog>
#include <memory>

namespace Ui {
class HostKeyDialog;
}

namespace omsua::gui {

// Shows a host key to the operator. An unknown key: its SHA256 fingerprint, to be compared with
// what the host's administrator reads, then accepted (and remembered) or refused. A changed or
// revoked key: a red refusal with the recorded and the presented fingerprints and no way to
// accept it from here (the line in known_hosts must be fixed by someone who checked the key).
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HostKeyDialog(const HostKeyPrompt& prompt, QWidget* parent = nullptr);
    ~HostKeyDialog() override;

    const HostKeyPrompt& prompt() const { return m_prompt; }
    bool canAccept() const { return m_prompt.kind == HostKeyPrompt::Kind::Unknown; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const std::unique_ptr<Ui::HostKeyDialog> m_ui;
    HostKeyPrompt m_prompt;
};

} // namespace omsua::gui
