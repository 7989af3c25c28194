#pragma once

#include "Expected.h"
#include "upgrade/Step.h"
#include "upgrade/StepContext.h"

#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace omsua::upgrade {

// How a call to StepSequencer::run() ended.
struct RunOutcome
{
    enum class Kind {
        Done,               // every step done or skipped
        Paused,             // stopped after the requested step (--until)
        Failed,             // a step failed while acting or verifying
        Refused,            // a precheck refused: nothing was changed by that step
        WaitingForOperator, // a manual step; resume when the operator is done
        Declined,           // the operator said no to a destructive step
        Cancelled,
    };
    Kind kind = Kind::Done;
    QString stepId; // where it stopped
    Error error;    // Failed, Refused
    QString message;
};

// Runs steps in order against the journal: skips those already done, asks before destructive
// ones, and records every state change before and after each phase, so a crash at any point
// leaves a journal from which a resumed run continues. Synchronous: it runs in the worker thread
// (GUI) or the main thread (CLI); the callbacks carry the events out.
class StepSequencer
{
public:
    struct Callbacks
    {
        std::function<void(const Step&, const QString& description)> started;
        std::function<void(const Step&, StepState, const QString& verdictOrError)> finished;
        // Asked before a destructive step acts; false declines (nothing is changed).
        std::function<bool(const Step&, const QString& description)> confirm;
    };

    StepSequencer(std::vector<std::unique_ptr<Step>> steps, Callbacks callbacks);

    const std::vector<std::unique_ptr<Step>>& steps() const { return m_steps; }
    QStringList stepIds() const;

    // Runs from the journal's resume point until the end, or until (and including) untilStepId.
    RunOutcome run(StepContext& context, const QString& untilStepId = {});

private:
    RunOutcome runStep(Step& step, StepContext& context);

    std::vector<std::unique_ptr<Step>> m_steps;
    Callbacks m_callbacks;
};

} // namespace omsua::upgrade
