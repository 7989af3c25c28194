#include "MainWindow.h"

#include "ConnectionController.h"
#include "ConnectionView.h"
#include "HostOverviewView.h"
#include "LogPane.h"
#include "MountsView.h"
#include "PlanView.h"
#include "SettingsDialog.h"
#include "TimingView.h"
#include "Workspace.h"
#include "ui_MainWindow.h"

#include <QDockWidget>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

namespace omsua::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(new Workspace(this))
{
    m_ui->setupUi(this);
    resize(1180, 820);
    setWindowIcon(QIcon(QStringLiteral(":/icons/oms-upgrade-assistant.svg")));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    m_connection = new ConnectionController(m_workspace, this);
    m_connectionView = new ConnectionView(m_workspace, this);
    m_connectionView->setObjectName(QStringLiteral("connectionView"));
    m_overview = new HostOverviewView(this);
    m_overview->setObjectName(QStringLiteral("overviewView"));
    auto* planView = new PlanView(m_workspace, this);
    planView->setObjectName(QStringLiteral("planView"));
    auto* mountsView = new MountsView(m_workspace, this);
    mountsView->setObjectName(QStringLiteral("mountsView"));
    auto* timingView = new TimingView(m_workspace, this);
    timingView->setObjectName(QStringLiteral("timingView"));
    addView(m_connectionView, QStringLiteral("connection"), QT_TR_NOOP("Connection"));
    addView(m_overview, QStringLiteral("overview"), QT_TR_NOOP("Overview"));
    addView(planView, QStringLiteral("plan"), QT_TR_NOOP("Plan"));
    addView(mountsView, QStringLiteral("mounts"), QT_TR_NOOP("Mounts"));
    addView(timingView, QStringLiteral("timing"), QT_TR_NOOP("Timing"));
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, m_ui->viewStackedWidget,
            &QStackedWidget::setCurrentIndex);
    m_ui->navigationListWidget->setCurrentRow(0);

    m_logPane = new LogPane(this);
    m_logDock = new QDockWidget(this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_logPane);
    m_logDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                           QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_ui->viewMenu->addAction(m_logDock->toggleViewAction());
    resizeDocks({m_logDock}, {150}, Qt::Vertical);

    m_stateIcon = new QLabel(this);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    statusBar()->addPermanentWidget(m_stateIcon);
    statusBar()->addPermanentWidget(m_stateLabel);

    connect(m_connectionView, &ConnectionView::connectRequested, this, [this] {
        m_ui->navigationListWidget->setCurrentRow(1);
        m_connection->connectToHost();
    });
    connect(m_overview, &HostOverviewView::refreshRequested, m_connection,
            &ConnectionController::connectToHost);
    connect(m_workspace, &Workspace::connectionStateChanged, this,
            &MainWindow::updateConnectionState);
    connect(m_workspace, &Workspace::discoveryChanged, this, [this] {
        if (const auto& found = m_workspace->discovery())
            m_overview->showDiscovery(*found);
    });
    connect(m_workspace, &Workspace::profileChanged, this, &MainWindow::retranslate);

    connect(m_ui->openPlanAction, &QAction::triggered, this, [this] {
        m_ui->navigationListWidget->setCurrentRow(0);
        m_connectionView->choosePlanFile();
    });
    connect(m_ui->saveProfileAction, &QAction::triggered, m_connectionView,
            &ConnectionView::saveProfile);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_ui->openPlanAction->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_ui->saveProfileAction->setIcon(QIcon(QStringLiteral(":/icons/save.svg")));
    m_ui->settingsAction->setIcon(QIcon(QStringLiteral(":/icons/settings.svg")));
    retranslate();
    updateConnectionState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addView(QWidget* view, const QString& icon, const char* title)
{
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), tr(title),
                                     m_ui->navigationListWidget);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 8));
    m_ui->viewStackedWidget->addWidget(view);
    m_navigation.append({item, title});
}

bool MainWindow::showView(const QString& objectName)
{
    for (int i = 0; i < m_ui->viewStackedWidget->count(); ++i) {
        if (m_ui->viewStackedWidget->widget(i)->objectName() == objectName) {
            m_ui->navigationListWidget->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void MainWindow::setPlanFile(const QString& planFile)
{
    if (!m_connectionView->openPlanFile(planFile)) {
        const auto plan = plan::Plan::load(planFile);
        m_overview->showFailure(plan ? tr("Cannot open %1").arg(planFile)
                                     : plan.error().toString());
        m_ui->navigationListWidget->setCurrentRow(1);
        return;
    }
    m_ui->navigationListWidget->setCurrentRow(1);
    m_connection->connectToHost();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateConnectionState();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    for (const NavigationEntry& entry : std::as_const(m_navigation))
        entry.item->setText(tr(entry.title));
    m_logDock->setWindowTitle(tr("Log"));
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(OMSUA_VERSION)));
    const QString profile = m_workspace->profileName();
    m_ui->targetLabel->setText(profile.isEmpty()
                                   ? tr("No profile: open a plan file or fill in a connection.")
                                   : tr("Profile %1 (%2)").arg(profile, m_workspace->planFile()));
}

void MainWindow::updateConnectionState()
{
    using State = Workspace::ConnectionState;
    const QString detail = m_workspace->connectionDetail();
    const plan::Plan& plan = m_workspace->plan();
    const QString where =
        QStringLiteral("%1@%2:%3").arg(plan.ssh.user, plan.ssh.host).arg(plan.ssh.port);
    QString icon = QStringLiteral("disconnected");
    QString text;
    switch (m_workspace->connectionState()) {
    case State::NotConnected:
        text = tr("Not connected");
        statusBar()->showMessage(text);
        break;
    case State::Connecting:
        icon = QStringLiteral("connecting");
        text = tr("Connecting to %1").arg(where);
        m_overview->showBusy(detail);
        statusBar()->showMessage(detail);
        break;
    case State::Connected:
        icon = QStringLiteral("connected");
        text = tr("Connected: %1").arg(where);
        statusBar()->showMessage(tr("Read from %1").arg(detail));
        break;
    case State::Failed:
        text = tr("Not connected: the last attempt failed");
        m_overview->showFailure(detail);
        statusBar()->showMessage(tr("Not connected"));
        break;
    case State::HostKeyRefused:
        icon = QStringLiteral("refused");
        text = tr("Not connected: %1").arg(detail);
        m_overview->showFailure(detail);
        statusBar()->showMessage(detail);
        break;
    }
    const int size = fontMetrics().height();
    m_stateIcon->setPixmap(
        QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)).pixmap(QSize(size, size)));
    m_stateLabel->setText(text);
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About OMS Upgrade Assistant"),
        tr("OMS Upgrade Assistant %1\n\nUpgrades an OceanBase Migration Service Community "
           "Edition host (single-node Docker) over SSH: checks first, verified backups, the "
           "mounts side by side, the refetch interval computed, one-click rollback.")
            .arg(QStringLiteral(OMSUA_VERSION)));
}

} // namespace omsua::gui
