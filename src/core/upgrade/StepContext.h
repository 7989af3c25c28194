#pragma once

#include "upgrade/Journal.h"

#include <QString>
#include <atomic>
#include <functional>

namespace omsua::plan {
struct Plan;
}

namespace omsua::upgrade {

struct Route;
class HostSession;

// What a running step may use and report into. Owned by the worker thread that runs the steps;
// the callbacks are how output reaches the CLI or (queued) the GUI.
class StepContext
{
public:
    struct Callbacks
    {
        std::function<void(const QString& stepId, const QString& text)> output;
        std::function<void(const QString& stepId, qint64 done, qint64 total)> progress;
    };

    StepContext(Journal& journal, const plan::Plan& plan, const Route& route,
                const std::atomic<bool>& cancel, Callbacks callbacks = {})
        : m_journal(journal)
        , m_plan(plan)
        , m_route(route)
        , m_cancel(cancel)
        , m_callbacks(std::move(callbacks))
    {}

    Journal& journal() { return m_journal; }
    const Journal& journal() const { return m_journal; }
    const plan::Plan& plan() const { return m_plan; }
    const Route& route() const { return m_route; }
    bool cancelled() const { return m_cancel.load(); }
    const std::atomic<bool>& cancelFlag() const { return m_cancel; }

    // The host connections of this thread; null only in tests of the sequencing itself.
    HostSession* host() const { return m_host; }
    void setHost(HostSession* host) { m_host = host; }

    // The record of the step that is running; the sequencer saves it after each change.
    StepRecord& record() { return m_record; }
    void beginStep(const StepRecord& record) { m_record = record; }

    // A command as it ran (the caller masks secrets first), an output excerpt, progress.
    void recordCommand(const QString& maskedCommand);
    void output(const QString& text);
    void progress(qint64 done, qint64 total);
    // Keeps the journal's copy of the running step current, so a crash shows what ran.
    Expected<void> saveRecord();

private:
    Journal& m_journal;
    const plan::Plan& m_plan;
    const Route& m_route;
    const std::atomic<bool>& m_cancel;
    Callbacks m_callbacks;
    HostSession* m_host = nullptr;
    StepRecord m_record;
};

} // namespace omsua::upgrade
