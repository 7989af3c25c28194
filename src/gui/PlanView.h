#pragma once

#include "plan/Plan.h"
#include "upgrade/HostDiscovery.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <memory>

class QLineEdit;

namespace Ui {
class PlanView;
}

namespace omsua::gui {

class Workspace;

// The plan beyond the connection: the new container, MetaDB, backup and HA settings. What the
// host already tells (OMS_HOST_IP, version, MetaDB from config.yaml, the new container's name)
// is filled in from discovery, shown in italics, and stays out of the plan file unless edited:
// the file keeps saying "discover it" and stays valid when the host changes. Below, the exact
// `docker run` that will start the new container (secrets masked) and the route.
class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(Workspace* workspace, QWidget* parent = nullptr);
    ~PlanView() override;

    QString commandText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    // A line edit bound to one plan value that discovery may fill in.
    struct Field
    {
        QLineEdit* edit = nullptr;
        std::function<QString(const plan::Plan&)> get;
        std::function<void(plan::Plan&, const QString&)> set;
        std::function<QString(const plan::Plan&, const upgrade::Discovery&)> discovered;
    };

    void retranslate();
    void fillFromPlan();
    void fillField(const Field& field);
    void editField(const Field& field);
    void editOthers();
    void showDiscovery();
    void updateCommand();
    QString discoveredValue(const Field& field) const;

    const std::unique_ptr<Ui::PlanView> m_ui;
    Workspace* m_workspace;
    QList<Field> m_fields;
    bool m_filling = false;
};

} // namespace omsua::gui
