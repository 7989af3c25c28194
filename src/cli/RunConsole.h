#pragma once

#include "upgrade/RunDriver.h"

#include <atomic>

namespace omsua::cli {

class CliOutput;

// How `upgrade` and `rollback` show a run: one line per step, the step's output indented below
// it, on a terminal a progress bar on stderr that the next line overwrites; and how they ask
// before a step that changes the host (or take --yes as the answer).
class RunConsole
{
public:
    RunConsole(CliOutput& out, bool assumeYes);
    upgrade::RunEvents events();

    // Ctrl-C (and SIGTERM) ask the run to stop at the next safe point (between statements,
    // batches, polls); the journal then records where it stopped and the run can continue.
    static void catchInterrupts(bool on);
    static const std::atomic<bool>& interrupted();

private:
    bool confirm(const QString& id, const QString& title, const QString& description);
    void bar(qint64 done, qint64 total);
    void clearBar();

    CliOutput& m_out;
    bool m_assumeYes;
    bool m_barShown = false;
};

} // namespace omsua::cli
