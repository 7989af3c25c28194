#pragma once

#include "upgrade/RefetchCalculator.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class TimingView;
}

namespace omsua::gui {

class TimelineWidget;
class Workspace;

// The downtime in pictures and numbers: T1 (old container stopped), T2 (HA enabled again) and
// T3 (new container stopped, on rollback) on a timeline, and the refetchStoreIntervalMin
// calculator, usable on its own: enter T1, T2 and the margin and read the result with the
// reasoning in words. The result can be applied to the enable-HA step.
class TimingView : public QWidget
{
    Q_OBJECT

public:
    explicit TimingView(Workspace* workspace, QWidget* parent = nullptr);
    ~TimingView() override;

    void setTimes(const QDateTime& t1, const QDateTime& t2, int marginMin);
    // The last result; nullopt when the input is not valid.
    const std::optional<upgrade::RefetchResult>& result() const { return m_result; }
    QString reasoningText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void recompute();
    void apply();
    void takeFromDiscovery();

    const std::unique_ptr<Ui::TimingView> m_ui;
    Workspace* m_workspace;
    TimelineWidget* m_timeline = nullptr;
    std::optional<upgrade::RefetchResult> m_result;
    QString m_error;
};

} // namespace omsua::gui
