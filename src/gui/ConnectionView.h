#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class ConnectionView;
}

namespace omsua::gui {

class ProfileStore;
class SecretStore;
class Workspace;

// Saved connections (profiles: plan files listed in the settings) and the SSH side of the plan:
// host, user, key, known_hosts, the container to upgrade and the new image, and the secrets for
// this session (kept in the OS keychain, or in memory with a notice when none answers).
class ConnectionView : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionView(Workspace* workspace, QWidget* parent = nullptr);
    ~ConnectionView() override;

    SecretStore* secretStore() const { return m_secrets; }

    // Opens a plan file and lists it as a profile (the file stays where it is).
    bool openPlanFile(const QString& planFile);
    // Asks for a plan file, then opens it.
    void choosePlanFile();
    void openProfile(const QString& name);
    // Saves the current plan as the profile named in the form; false (and a message) on error.
    bool saveProfile();
    void reloadProfiles();

Q_SIGNALS:
    void connectRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillFromPlan();
    void fillSecrets();
    void editSsh();
    void editSecrets();
    void newProfile();
    void removeProfile();
    void browseIdentityFile();
    void browseKnownHosts();
    void showMessage(const QString& text, bool error);
    void updateState();
    void showKeychainNotice(const QString& reason);

    const std::unique_ptr<Ui::ConnectionView> m_ui;
    Workspace* m_workspace;
    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore* m_secrets;
    bool m_filling = false;
};

} // namespace omsua::gui
