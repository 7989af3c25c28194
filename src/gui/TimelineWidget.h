#pragma once

#include <QDateTime>
#include <QWidget>
#include <optional>

namespace omsua::gui {

// T1 (old container stopped), T3 (new container stopped, on rollback) and T2 (HA enabled
// again) on one time axis, with the synchronisation gap T1 -> T2 above it and the window the
// Store refetches (refetchStoreIntervalMin back from T2) below it: the window must reach back
// past T1, and the picture shows by how much.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget* parent = nullptr);

    void setTimes(const QDateTime& t1, const QDateTime& t2, const std::optional<QDateTime>& t3,
                  std::optional<int> refetchMin);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QDateTime m_t1;
    QDateTime m_t2;
    std::optional<QDateTime> m_t3;
    std::optional<int> m_refetchMin;
};

} // namespace omsua::gui
