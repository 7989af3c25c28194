#include "RollbackDialog.h"

#include "ui_RollbackDialog.h"
#include "upgrade/RollbackRun.h"
#include "upgrade/RouteStep.h"
#include "upgrade/StepFactory.h"

#include <QIcon>
#include <QPushButton>

namespace omsua::gui {

RollbackDialog::RollbackDialog(const QString& upgradeRunId, const QString& oldContainer,
                               const QString& newContainer, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RollbackDialog>())
    , m_upgradeRunId(upgradeRunId)
    , m_oldContainer(oldContainer)
    , m_newContainer(newContainer)
{
    m_ui->setupUi(this);
    resize(620, 460);
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setIcon(QIcon(QStringLiteral(":/icons/rollback.svg")));
    ok->setObjectName(QStringLiteral("rollbackOkButton"));
    connect(m_ui->containerLineEdit, &QLineEdit::textChanged, this,
            [ok, this] { ok->setEnabled(canAccept()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QString& id : upgrade::RollbackRun::stepIds()) {
        const auto kind = upgrade::stepKindFromId(id);
        QString title = id;
        if (kind) {
            upgrade::RouteStep definition;
            definition.kind = *kind;
            if (const auto step = upgrade::StepFactory::create(definition))
                title = step->title();
        }
        auto* item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/step-pending.svg")),
            QStringLiteral("%1. %2").arg(m_ui->stepsListWidget->count() + 1).arg(title),
            m_ui->stepsListWidget);
        item->setData(Qt::UserRole, id);
    }
    retranslate();
    ok->setEnabled(false);
}

RollbackDialog::~RollbackDialog() = default;

void RollbackDialog::setTypedName(const QString& name)
{
    m_ui->containerLineEdit->setText(name);
}

bool RollbackDialog::canAccept() const
{
    // Exactly: no trimming, no case folding.
    return !m_oldContainer.isEmpty() && m_ui->containerLineEdit->text() == m_oldContainer;
}

void RollbackDialog::retranslate()
{
    m_ui->summaryLabel->setText(
        tr("<b>Roll back upgrade run %1.</b> The new container %2 is stopped, the three "
           "metadata databases are restored from the verified backup set, and the old "
           "container %3 is started again. Everything the new version wrote to the "
           "databases since the upgrade is lost. These steps run, in order:")
            .arg(m_upgradeRunId.toHtmlEscaped(), m_newContainer.toHtmlEscaped(),
                 m_oldContainer.toHtmlEscaped()));
    m_ui->confirmLabel->setText(
        tr("Type the old container's name, <b>%1</b>, to enable the rollback:")
            .arg(m_oldContainer.toHtmlEscaped()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Roll back"));
}

} // namespace omsua::gui
