#pragma once

#include "log/Logging.h"

#include <QDateTime>
#include <QList>
#include <QWidget>
#include <memory>
#include <mutex>

namespace Ui {
class LogPane;
}

namespace omsua::gui {

// The application log as it happens, fed by a Logging sink (messages arrive redacted, from any
// thread, and are queued to the GUI thread), with a level filter.
class LogPane : public QWidget
{
    Q_OBJECT

public:
    explicit LogPane(QWidget* parent = nullptr);
    ~LogPane() override;

    void setMinimumLevel(log::Level level);
    log::Level minimumLevel() const;
    QString visibleText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry
    {
        log::Level level;
        QDateTime when;
        QString message;
    };
    // Shared with the sink, which may still be running on another thread while the pane is
    // destroyed: the pane clears `target` under the lock first.
    struct Relay
    {
        std::mutex mutex;
        LogPane* target = nullptr;
    };

    void append(const Entry& entry);
    void rebuild();
    void retranslate();
    QString format(const Entry& entry) const;

    const std::unique_ptr<Ui::LogPane> m_ui;
    std::shared_ptr<Relay> m_relay;
    int m_sinkId = 0;
    QList<Entry> m_entries;
};

} // namespace omsua::gui
