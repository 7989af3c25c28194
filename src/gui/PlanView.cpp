#include "PlanView.h"

#include "PlannedRun.h"
#include "Workspace.h"
#include "docker/ImageReference.h"
#include "ui_PlanView.h"

#include <QEvent>
#include <QFontDatabase>
#include <QIntValidator>

namespace omsua::gui {

namespace {

const QList<plan::TunnelMode> kTunnelModes{plan::TunnelMode::Auto, plan::TunnelMode::Always,
                                           plan::TunnelMode::Never};
const QList<plan::HaApply> kHaApply{plan::HaApply::MetaDb, plan::HaApply::Console};

QString httpsBind(const upgrade::Discovery& found, const QString& containerSuffix)
{
    for (const docker::BindMount& bind : found.container.bindMounts()) {
        if (bind.containerPath.startsWith(QLatin1String("/etc/pki/nginx/")) &&
            bind.containerPath.endsWith(containerSuffix))
            return bind.hostPath;
    }
    return QString();
}

} // namespace

PlanView::PlanView(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanView>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->commandPlainTextEdit->setFont(fixed);
    m_ui->runFlagsPlainTextEdit->setFont(fixed);
    m_ui->metaPortLineEdit->setValidator(new QIntValidator(1, 65535, this));
    for (int i = 0; i < kTunnelModes.size(); ++i)
        m_ui->tunnelComboBox->addItem(QString());
    for (int i = 0; i < kHaApply.size(); ++i)
        m_ui->haApplyComboBox->addItem(QString());

    using P = plan::Plan;
    using D = upgrade::Discovery;
    m_fields = {
        {m_ui->newContainerLineEdit, [](const P& p) { return p.oms.newContainer; },
         [](P& p, const QString& v) { p.oms.newContainer = v; },
         [](const P& p, const D&) {
             const auto target = docker::imageTagVersion(p.oms.targetImage);
             return target ? PlannedRun::defaultNewContainerName(p.oms.container, *target)
                           : QString();
         }},
        {m_ui->hostIpLineEdit, [](const P& p) { return p.oms.hostIp; },
         [](P& p, const QString& v) { p.oms.hostIp = v; },
         [](const P&, const D& d) { return d.container.env.value(QStringLiteral("OMS_HOST_IP")); }},
        {m_ui->sourceVersionLineEdit, [](const P& p) { return p.oms.sourceVersion; },
         [](P& p, const QString& v) { p.oms.sourceVersion = v; },
         [](const P&, const D& d) { return d.sourceVersion.toString(); }},
        {m_ui->httpsCertLineEdit, [](const P& p) { return p.oms.httpsCert; },
         [](P& p, const QString& v) { p.oms.httpsCert = v; },
         [](const P&, const D& d) { return httpsBind(d, QStringLiteral(".crt")); }},
        {m_ui->httpsKeyLineEdit, [](const P& p) { return p.oms.httpsKey; },
         [](P& p, const QString& v) { p.oms.httpsKey = v; },
         [](const P&, const D& d) { return httpsBind(d, QStringLiteral(".key")); }},
        {m_ui->imageTarballLineEdit,
         [](const P& p) { return p.oms.imageTarball; },
         [](P& p, const QString& v) { p.oms.imageTarball = v; },
         {}},
        {m_ui->metaHostLineEdit, [](const P& p) { return p.metadb.host; },
         [](P& p, const QString& v) { p.metadb.host = v; },
         [](const P&, const D& d) { return d.config.metaHost; }},
        {m_ui->metaPortLineEdit,
         [](const P& p) { return p.metadb.port ? QString::number(*p.metadb.port) : QString(); },
         [](P& p, const QString& v) {
             bool ok = false;
             const uint port = v.toUInt(&ok);
             p.metadb.port = ok && port > 0 && port < 65536 ? std::optional<quint16>(quint16(port))
                                                            : std::nullopt;
         },
         [](const P&, const D& d) {
             return d.config.metaPort > 0 ? QString::number(d.config.metaPort) : QString();
         }},
        {m_ui->metaUserLineEdit, [](const P& p) { return p.metadb.user; },
         [](P& p, const QString& v) { p.metadb.user = v; },
         [](const P&, const D& d) { return d.config.metaUser; }},
        {m_ui->backupDirectoryLineEdit,
         [](const P& p) { return p.backup.directory; },
         [](P& p, const QString& v) { p.backup.directory = v; },
         {}},
    };
    for (const Field& field : std::as_const(m_fields))
        connect(field.edit, &QLineEdit::textEdited, this, [this, field] { editField(field); });
    connect(m_ui->runFlagsPlainTextEdit, &QPlainTextEdit::textChanged, this, &PlanView::editOthers);
    connect(m_ui->tunnelComboBox, &QComboBox::currentIndexChanged, this, &PlanView::editOthers);
    connect(m_ui->haApplyComboBox, &QComboBox::currentIndexChanged, this, &PlanView::editOthers);
    connect(m_ui->perceiveCheckBox, &QCheckBox::toggled, this, &PlanView::editOthers);
    connect(m_ui->marginSpinBox, &QSpinBox::valueChanged, this, &PlanView::editOthers);

    connect(m_workspace, &Workspace::planLoaded, this, &PlanView::fillFromPlan);
    connect(m_workspace, &Workspace::planChanged, this, &PlanView::updateCommand);
    // The timing calculator may apply its margin to the plan.
    connect(m_workspace, &Workspace::planChanged, this, [this] {
        if (m_ui->marginSpinBox->value() == m_workspace->plan().ha.refetchMarginMin)
            return;
        m_filling = true;
        m_ui->marginSpinBox->setValue(m_workspace->plan().ha.refetchMarginMin);
        m_filling = false;
    });
    connect(m_workspace, &Workspace::discoveryChanged, this, [this] {
        showDiscovery();
        // Discovered values fill the fields the plan leaves empty.
        m_filling = true;
        for (const Field& field : std::as_const(m_fields))
            fillField(field);
        m_filling = false;
        updateCommand();
    });
    connect(m_workspace, &Workspace::refetchOverrideChanged, this, &PlanView::retranslate);
    retranslate();
    fillFromPlan();
    showDiscovery();
}

PlanView::~PlanView() = default;

QString PlanView::commandText() const
{
    return m_ui->commandPlainTextEdit->toPlainText();
}

void PlanView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        showDiscovery();
        updateCommand();
    }
    QWidget::changeEvent(event);
}

void PlanView::retranslate()
{
    m_ui->tunnelComboBox->setItemText(0, tr("auto (direct, else through the SSH host)"));
    m_ui->tunnelComboBox->setItemText(1, tr("always through the SSH host"));
    m_ui->tunnelComboBox->setItemText(2, tr("never (direct only)"));
    m_ui->haApplyComboBox->setItemText(0, tr("written to the MetaDB and read back"));
    m_ui->haApplyComboBox->setItemText(1, tr("by the operator in the console"));
    m_ui->marginSpinBox->setSuffix(tr(" min"));
    m_ui->runFlagsPlainTextEdit->setPlaceholderText(tr("one argument per line"));
    m_ui->imageTarballLineEdit->setPlaceholderText(tr("host path; empty: the image is present"));
    m_ui->planStatusLabel->setText(
        tr("Values in italics were discovered on the host and stay out of the plan file; edit "
           "one to override it."));
    const auto override = m_workspace->refetchOverrideMin();
    m_ui->refetchOverrideLabel->setText(
        override ? tr("refetchStoreIntervalMin for the enable-HA step: %1 min (from the timing "
                      "calculator).")
                       .arg(*override)
                 : tr("refetchStoreIntervalMin is computed at the enable-HA step from T1, T2 and "
                      "the margin."));
    m_ui->commandNoteLabel->setText(
        tr("Secrets are masked. The binds are the old container's, unchanged (see Mounts)."));
}

QString PlanView::discoveredValue(const Field& field) const
{
    if (!field.discovered || !m_workspace->discovery())
        return QString();
    return field.discovered(m_workspace->plan(), *m_workspace->discovery());
}

void PlanView::fillField(const Field& field)
{
    const QString own = field.get(m_workspace->plan());
    const QString found = discoveredValue(field);
    const bool fromHost = own.isEmpty() && !found.isEmpty();
    field.edit->setText(fromHost ? found : own);
    QFont font = field.edit->font();
    font.setItalic(fromHost);
    field.edit->setFont(font);
    field.edit->setToolTip(fromHost ? tr("Discovered on the host; edit to override it in the plan")
                                    : QString());
}

void PlanView::fillFromPlan()
{
    m_filling = true;
    const plan::Plan& plan = m_workspace->plan();
    for (const Field& field : std::as_const(m_fields))
        fillField(field);
    m_ui->runFlagsPlainTextEdit->setPlainText(plan.oms.runFlags.join(QLatin1Char('\n')));
    m_ui->tunnelComboBox->setCurrentIndex(int(kTunnelModes.indexOf(plan.metadb.tunnel)));
    m_ui->haApplyComboBox->setCurrentIndex(int(kHaApply.indexOf(plan.ha.apply)));
    m_ui->perceiveCheckBox->setChecked(plan.ha.perceiveStoreClientCheckpoint);
    m_ui->marginSpinBox->setValue(plan.ha.refetchMarginMin);
    m_filling = false;
    updateCommand();
}

void PlanView::editField(const Field& field)
{
    if (m_filling)
        return;
    const QString text = field.edit->text().trimmed();
    // Equal to what the host says: leave the plan saying "discover it".
    const QString value = text == discoveredValue(field) ? QString() : text;
    QFont font = field.edit->font();
    font.setItalic(value.isEmpty() && !text.isEmpty());
    field.edit->setFont(font);
    m_workspace->editPlan([&](plan::Plan& plan) { field.set(plan, value); });
    // The new container's name follows the image; refresh the fields that derive from others.
    m_filling = true;
    for (const Field& other : std::as_const(m_fields)) {
        if (other.edit != field.edit && other.get(m_workspace->plan()).isEmpty())
            fillField(other);
    }
    m_filling = false;
}

void PlanView::editOthers()
{
    if (m_filling)
        return;
    m_workspace->editPlan([this](plan::Plan& plan) {
        QStringList flags;
        for (const QString& line :
             m_ui->runFlagsPlainTextEdit->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                flags << line.trimmed();
        }
        plan.oms.runFlags = flags;
        plan.metadb.tunnel =
            kTunnelModes.value(m_ui->tunnelComboBox->currentIndex(), plan::TunnelMode::Auto);
        plan.ha.apply =
            kHaApply.value(m_ui->haApplyComboBox->currentIndex(), plan::HaApply::MetaDb);
        plan.ha.perceiveStoreClientCheckpoint = m_ui->perceiveCheckBox->isChecked();
        plan.ha.refetchMarginMin = m_ui->marginSpinBox->value();
    });
}

void PlanView::showDiscovery()
{
    const auto& found = m_workspace->discovery();
    const bool known = found.has_value();
    m_ui->discoveredGroupBox->setEnabled(known);
    if (!known) {
        for (QLabel* label :
             {m_ui->oldImageValueLabel, m_ui->sourceVersionValueLabel, m_ui->configValueLabel,
              m_ui->databasesValueLabel, m_ui->bindsValueLabel})
            label->setText(tr("(connect to read it)"));
        return;
    }
    m_ui->oldImageValueLabel->setText(
        tr("%1 (container %2)").arg(found->container.configImage, found->container.name));
    m_ui->sourceVersionValueLabel->setText(
        found->sourceVersion.isNull() ? tr("unknown") : found->sourceVersion.toString());
    m_ui->configValueLabel->setText(found->config.sourceName);
    const QStringList roles{QStringLiteral("rm"), QStringLiteral("cm"), QStringLiteral("cm_hb")};
    QStringList databases;
    for (int i = 0; i < found->databases.size(); ++i)
        databases << QStringLiteral("%1 = %2").arg(roles.value(i), found->databases[i]);
    m_ui->databasesValueLabel->setText(databases.join(QStringLiteral(", ")));
    m_ui->bindsValueLabel->setText(tr("%n bind(s), kept unchanged for the new container", nullptr,
                                      int(found->container.bindMounts().size())));
}

void PlanView::updateCommand()
{
    const auto& found = m_workspace->discovery();
    if (!found) {
        m_ui->commandPlainTextEdit->setPlainText(
            tr("Connect to the host first: the binds and OMS_HOST_IP come from the old "
               "container."));
        m_ui->planRouteValueLabel->setText(tr("(connect to read it)"));
        return;
    }
    const PlannedRun run = PlannedRun::build(m_workspace->plan(), *found);
    m_ui->commandPlainTextEdit->setPlainText(run.displayCommand());
    const auto valid = run.spec.validate();
    if (!valid) {
        m_ui->commandNoteLabel->setText(tr("Cannot run as planned: %1").arg(valid.error().message));
        m_ui->commandNoteLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    } else {
        m_ui->commandNoteLabel->setText(
            tr("Secrets are masked. The binds are the old container's, unchanged (see Mounts)."));
        m_ui->commandNoteLabel->setStyleSheet(QString());
    }
    if (run.route) {
        QString text = tr("%1, supported (%n step(s))", nullptr, int(run.route->steps.size()))
                           .arg(run.route->label());
        if (run.route->flags.isUpgradeEnv)
            text += QLatin1Char('\n') + tr("The new container starts with IS_UPGRADE=true.");
        m_ui->planRouteValueLabel->setText(text);
        m_ui->planRouteValueLabel->setToolTip(run.route->stepIds().join(QStringLiteral(" -> ")));
        m_ui->planRouteValueLabel->setStyleSheet(QString());
    } else {
        m_ui->planRouteValueLabel->setText(tr("not supported: %1").arg(run.routeProblem));
        m_ui->planRouteValueLabel->setToolTip(QString());
        m_ui->planRouteValueLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    }
}

} // namespace omsua::gui
