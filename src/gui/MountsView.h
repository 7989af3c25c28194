#pragma once

#include "docker/BindMount.h"
#include "docker/MountComparison.h"

#include <QWidget>
#include <memory>

namespace Ui {
class MountsView;
}

namespace omsua::gui {

class Workspace;

// The old container's binds and the ones planned for the new container, side by side: host
// path and container path, green where identical, red with the difference spelled out where
// not. OMS keeps its logs, store and run state in those host directories, so a person checks
// them by eye before the new container starts (and ticks the box to say so).
class MountsView : public QWidget
{
    Q_OBJECT

public:
    explicit MountsView(Workspace* workspace, QWidget* parent = nullptr);
    ~MountsView() override;

    void showComparison(const docker::BindMounts& oldBinds, const docker::BindMounts& planned);
    const docker::MountComparisonResult& comparison() const { return m_result; }

    // Row backgrounds for the current palette (light or dark).
    QColor identicalColor() const;
    QColor differentColor() const;
    static QString verdictText(const docker::MountRow& row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void render();

    const std::unique_ptr<Ui::MountsView> m_ui;
    Workspace* m_workspace;
    docker::MountComparisonResult m_result;
    bool m_hasResult = false;
};

} // namespace omsua::gui
