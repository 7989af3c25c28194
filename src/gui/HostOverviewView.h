#pragma once

#include "upgrade/HostDiscovery.h"

#include <QWidget>
#include <memory>

namespace Ui {
class HostOverviewView;
}

namespace omsua::gui {

// Shows what discovery found on the host: container, image, version and route, the mounts a
// person should check by eye, the MetaDB and its three databases, and the HA state.
class HostOverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit HostOverviewView(QWidget* parent = nullptr);
    ~HostOverviewView() override;

    void showBusy(const QString& what);
    void showFailure(const QString& error);
    void showDiscovery(const upgrade::Discovery& found);

Q_SIGNALS:
    void refreshRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    const std::unique_ptr<Ui::HostOverviewView> m_ui;
};

} // namespace omsua::gui
