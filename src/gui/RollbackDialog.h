#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class RollbackDialog;
}

namespace omsua::gui {

// Says what a rollback will do (the rollback's steps, in order) and lets it start only once
// the old container's name is typed exactly: rolling back stops the new OMS and overwrites
// three databases, so it must not be one click away from a slip.
class RollbackDialog : public QDialog
{
    Q_OBJECT

public:
    RollbackDialog(const QString& upgradeRunId, const QString& oldContainer,
                   const QString& newContainer, QWidget* parent = nullptr);
    ~RollbackDialog() override;

    QString upgradeRunId() const { return m_upgradeRunId; }
    void setTypedName(const QString& name);
    bool canAccept() const;

private:
    void retranslate();

    const std::unique_ptr<Ui::RollbackDialog> m_ui;
    QString m_upgradeRunId;
    QString m_oldContainer;
    QString m_newContainer;
};

} // namespace omsua::gui
