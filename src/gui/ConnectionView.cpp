#include "ConnectionView.h"

#include "MessageBox.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "Workspace.h"
#include "log/Logging.h"
#include "ui_ConnectionView.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QIcon>

namespace omsua::gui {

namespace {

// The combo box order; the plan's own words for each are in plan::toString.
const QList<plan::DockerAccess> kDockerAccess{plan::DockerAccess::Auto, plan::DockerAccess::Docker,
                                              plan::DockerAccess::SudoDocker};

} // namespace

ConnectionView::ConnectionView(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionView>())
    , m_workspace(workspace)
    , m_profiles(std::make_unique<ProfileStore>())
    , m_secrets(new SecretStore(this))
{
    m_ui->setupUi(this);
    for (int i = 0; i < kDockerAccess.size(); ++i)
        m_ui->dockerComboBox->addItem(QString());
    m_ui->keychainNoticeLabel->setStyleSheet(
        QStringLiteral("background-color: #fff3cd; color: #5c4400; border: 1px solid #e0b400; "
                       "border-radius: 3px;"));
    m_ui->newProfileButton->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_ui->removeProfileButton->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_ui->openPlanButton->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_ui->saveButton->setIcon(QIcon(QStringLiteral(":/icons/save.svg")));
    m_ui->connectButton->setIcon(QIcon(QStringLiteral(":/icons/connect.svg")));
    m_ui->connectButton->setDefault(true);

    for (QLineEdit* edit : {m_ui->profileNameLineEdit, m_ui->hostLineEdit, m_ui->userLineEdit,
                            m_ui->identityFileLineEdit, m_ui->knownHostsLineEdit,
                            m_ui->containerLineEdit, m_ui->targetImageLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionView::editSsh);
    connect(m_ui->portSpinBox, &QSpinBox::valueChanged, this, &ConnectionView::editSsh);
    connect(m_ui->dockerComboBox, &QComboBox::currentIndexChanged, this, &ConnectionView::editSsh);
    for (QLineEdit* edit :
         {m_ui->sshPasswordLineEdit, m_ui->passphraseLineEdit, m_ui->metaPasswordLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionView::editSecrets);

    connect(m_ui->profileListWidget, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openProfile(item->text()); });
    connect(m_ui->profileListWidget, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) {
                if (item->text() != m_workspace->profileName())
                    openProfile(item->text());
            });
    connect(m_ui->profileListWidget, &QListWidget::currentItemChanged, this,
            &ConnectionView::updateState);
    connect(m_ui->newProfileButton, &QPushButton::clicked, this, &ConnectionView::newProfile);
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, &ConnectionView::removeProfile);
    connect(m_ui->openPlanButton, &QPushButton::clicked, this, &ConnectionView::choosePlanFile);
    connect(m_ui->identityFileBrowseButton, &QPushButton::clicked, this,
            &ConnectionView::browseIdentityFile);
    connect(m_ui->knownHostsBrowseButton, &QPushButton::clicked, this,
            &ConnectionView::browseKnownHosts);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ConnectionView::saveProfile);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &ConnectionView::connectRequested);

    connect(m_workspace, &Workspace::planLoaded, this, &ConnectionView::fillFromPlan);
    connect(m_workspace, &Workspace::profileChanged, this, &ConnectionView::updateState);
    connect(m_workspace, &Workspace::secretsChanged, this, &ConnectionView::fillSecrets);
    connect(m_workspace, &Workspace::connectionStateChanged, this, &ConnectionView::updateState);
    connect(m_secrets, &SecretStore::keychainUnavailable, this,
            &ConnectionView::showKeychainNotice);

    retranslate();
    reloadProfiles();
    fillFromPlan();
    // Known at once rather than at the first save: the operator decides what to type knowing it.
    m_secrets->probe();
}

ConnectionView::~ConnectionView() = default;

void ConnectionView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ConnectionView::retranslate()
{
    m_ui->dockerComboBox->setItemText(0, tr("auto (docker, else sudo -n docker)"));
    m_ui->dockerComboBox->setItemText(1, tr("docker"));
    m_ui->dockerComboBox->setItemText(2, tr("sudo docker"));
    m_ui->hostLineEdit->setPlaceholderText(tr("name or address of the OMS host"));
    m_ui->identityFileLineEdit->setPlaceholderText(tr("empty: ssh-agent or password"));
    m_ui->knownHostsLineEdit->setPlaceholderText(QStringLiteral("~/.ssh/known_hosts"));
    m_ui->containerLineEdit->setPlaceholderText(tr("e.g. oms_330"));
    m_ui->targetImageLineEdit->setPlaceholderText(tr("e.g. oceanbase/oms:feature_3.3.1_ce"));
    m_ui->metaPasswordLineEdit->setPlaceholderText(tr("empty: the one in config.yaml"));
    m_ui->secretsNoteLabel->setText(
        tr("Secrets are kept in the system keychain, never in the plan file, and are passed to "
           "no command line."));
    if (!m_secrets->keychainAvailable())
        showKeychainNotice(m_secrets->unavailableReason());
    updateState();
}

void ConnectionView::showKeychainNotice(const QString& reason)
{
    m_ui->keychainNoticeLabel->setText(
        tr("No keychain answered (%1). Passwords typed here are kept in memory for this session "
           "only and must be typed again after a restart.")
            .arg(reason));
    m_ui->keychainNoticeLabel->setVisible(true);
}

void ConnectionView::reloadProfiles()
{
    const QString current = m_workspace->profileName();
    m_ui->profileListWidget->clear();
    for (const Profile& profile : m_profiles->profiles()) {
        auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/profile.svg")), profile.name,
                                         m_ui->profileListWidget);
        item->setToolTip(profile.planFile);
        if (profile.name == current)
            m_ui->profileListWidget->setCurrentItem(item);
    }
    updateState();
}

void ConnectionView::fillFromPlan()
{
    m_filling = true;
    const plan::Plan& plan = m_workspace->plan();
    m_ui->profileNameLineEdit->setText(m_workspace->profileName());
    m_ui->hostLineEdit->setText(plan.ssh.host);
    m_ui->portSpinBox->setValue(plan.ssh.port);
    m_ui->userLineEdit->setText(plan.ssh.user);
    m_ui->identityFileLineEdit->setText(plan.ssh.identityFile);
    m_ui->knownHostsLineEdit->setText(plan.ssh.knownHosts);
    m_ui->dockerComboBox->setCurrentIndex(int(kDockerAccess.indexOf(plan.ssh.docker)));
    m_ui->containerLineEdit->setText(plan.oms.container);
    m_ui->targetImageLineEdit->setText(plan.oms.targetImage);
    m_filling = false;
    fillSecrets();
    reloadProfiles();
}

void ConnectionView::fillSecrets()
{
    const upgrade::Secrets& secrets = m_workspace->secrets();
    m_ui->sshPasswordLineEdit->setText(secrets.sshPassword);
    m_ui->passphraseLineEdit->setText(secrets.sshPassphrase);
    m_ui->metaPasswordLineEdit->setText(secrets.metaPassword);
}

void ConnectionView::editSsh()
{
    if (m_filling)
        return;
    m_workspace->editPlan([this](plan::Plan& plan) {
        plan.ssh.host = m_ui->hostLineEdit->text().trimmed();
        plan.ssh.port = quint16(m_ui->portSpinBox->value());
        plan.ssh.user = m_ui->userLineEdit->text().trimmed();
        plan.ssh.identityFile = m_ui->identityFileLineEdit->text().trimmed();
        plan.ssh.knownHosts = m_ui->knownHostsLineEdit->text().trimmed();
        plan.ssh.docker =
            kDockerAccess.value(m_ui->dockerComboBox->currentIndex(), plan::DockerAccess::Auto);
        plan.oms.container = m_ui->containerLineEdit->text().trimmed();
        plan.oms.targetImage = m_ui->targetImageLineEdit->text().trimmed();
    });
    updateState();
}

void ConnectionView::editSecrets()
{
    upgrade::Secrets secrets;
    secrets.sshPassword = m_ui->sshPasswordLineEdit->text();
    secrets.sshPassphrase = m_ui->passphraseLineEdit->text();
    secrets.metaPassword = m_ui->metaPasswordLineEdit->text();
    // Not through setSecrets' signal: the fields already show what was typed.
    const QSignalBlocker blocker(m_workspace);
    m_workspace->setSecrets(secrets);
}

void ConnectionView::newProfile()
{
    plan::Plan plan;
    plan.ssh.knownHosts = QStringLiteral("~/.ssh/known_hosts");
    m_workspace->setSecrets({});
    m_workspace->loadPlan(plan, QString(), QString());
    showMessage(tr("New profile: fill in the host and the container, then save it."), false);
    m_ui->hostLineEdit->setFocus();
}

void ConnectionView::openProfile(const QString& name)
{
    const auto profile = m_profiles->find(name);
    if (!profile)
        return;
    const auto plan = m_profiles->load(*profile);
    if (!plan) {
        showMessage(tr("Cannot open the profile %1: %2").arg(name, plan.error().toString()), true);
        return;
    }
    m_workspace->setSecrets({});
    m_workspace->loadPlan(*plan, profile->name, profile->planFile);
    showMessage(tr("Opened %1.").arg(profile->planFile), false);
    m_secrets->read(profile->name, [this, name](const upgrade::Secrets& secrets) {
        // Only if the operator is still on that profile.
        if (m_workspace->profileName() == name)
            m_workspace->setSecrets(secrets);
    });
}

void ConnectionView::choosePlanFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open a plan file"), QDir::homePath(), tr("Plan files (*.yaml *.yml)"));
    if (!file.isEmpty())
        openPlanFile(file);
}

bool ConnectionView::openPlanFile(const QString& planFile)
{
    const auto profile = m_profiles->addPlanFile(planFile);
    if (!profile) {
        showMessage(tr("Cannot open %1: %2").arg(planFile, profile.error().toString()), true);
        return false;
    }
    openProfile(profile->name);
    return true;
}

bool ConnectionView::saveProfile()
{
    const QString name = m_ui->profileNameLineEdit->text().trimmed().isEmpty()
                             ? QStringLiteral("%1@%2").arg(m_workspace->plan().oms.container,
                                                           m_workspace->plan().ssh.host)
                             : m_ui->profileNameLineEdit->text().trimmed();
    plan::Plan plan = m_workspace->plan();
    if (name != m_workspace->profileName())
        plan.sourceFile.clear(); // saved under a new name: a new file, the old one is kept
    const auto saved = m_profiles->save(name, plan);
    if (!saved) {
        showMessage(tr("Not saved: %1").arg(saved.error().toString()), true);
        return false;
    }
    m_workspace->setProfile(saved->name, saved->planFile);
    m_secrets->write(saved->name, m_workspace->secrets());
    log::info(QStringLiteral("profile %1 saved to %2").arg(saved->name, saved->planFile));
    showMessage(tr("Saved to %1. The command line reads the same file: oms-upgrade preflight "
                   "--plan %1")
                    .arg(saved->planFile),
                false);
    m_filling = true;
    m_ui->profileNameLineEdit->setText(saved->name);
    m_filling = false;
    reloadProfiles();
    return true;
}

void ConnectionView::removeProfile()
{
    QListWidgetItem* item = m_ui->profileListWidget->currentItem();
    if (!item)
        return;
    const QString name = item->text();
    const auto profile = m_profiles->find(name);
    if (!profile)
        return;
    if (MessageBox::question(this, tr("Remove profile"),
                             tr("Remove the profile %1 from the list and its secrets from the "
                                "keychain? The plan file %2 is kept.")
                                 .arg(name, profile->planFile),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    m_profiles->remove(name);
    m_secrets->remove(name);
    if (m_workspace->profileName() == name)
        m_workspace->setProfile(QString(), QString());
    showMessage(tr("Profile %1 removed; %2 is kept.").arg(name, profile->planFile), false);
    reloadProfiles();
}

void ConnectionView::browseIdentityFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Private key"),
                                                      QDir::homePath() + QStringLiteral("/.ssh"));
    if (file.isEmpty())
        return;
    m_ui->identityFileLineEdit->setText(file);
    editSsh();
}

void ConnectionView::browseKnownHosts()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("known_hosts file"),
                                                      QDir::homePath() + QStringLiteral("/.ssh"));
    if (file.isEmpty())
        return;
    m_ui->knownHostsLineEdit->setText(file);
    editSsh();
}

void ConnectionView::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void ConnectionView::updateState()
{
    const plan::Plan& plan = m_workspace->plan();
    const bool connecting =
        m_workspace->connectionState() == Workspace::ConnectionState::Connecting;
    m_ui->connectButton->setEnabled(!connecting && !plan.ssh.host.isEmpty() &&
                                    !plan.ssh.user.isEmpty() && !plan.oms.container.isEmpty());
    m_ui->removeProfileButton->setEnabled(m_ui->profileListWidget->currentItem() != nullptr);
    m_ui->planFileLabel->setText(m_workspace->planFile().isEmpty()
                                     ? tr("Not saved yet.")
                                     : tr("Plan file: %1").arg(m_workspace->planFile()));
}

} // namespace omsua::gui
