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
struct Discovery;
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

    // What was found on the host when this session started (re-read on every resume, so it
    // shows the host as it is now); null only in tests of the sequencing itself.
    const Discovery* discovery() const { return m_discovery; }
    void setDiscovery(const Discovery* discovery) { m_discovery = discovery; }

    // The record of the step that is running; the sequencer saves it after each change.
    StepRecord& record() { return m_record; }
    // previous: the state the journal held before this attempt (Running after a crash,
    // NeedsOperator when the operator resumes after a manual step).
    void beginStep(const StepRecord& record, StepState previous = StepState::Pending)
    {
        m_record = record;
        m_previousState = previous;
    }
    StepState previousState() const { return m_previousState; }

    // A command as it ran (the caller masks secrets first), an output excerpt, progress.
    void recordCommand(const QString& maskedCommand);
    void output(const QString& rawText);
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
    const Discovery* m_discovery = nullptr;
    StepRecord m_record;
    StepState m_previousState = StepState::Pending;
};

} // namespace omsua::upgrade
