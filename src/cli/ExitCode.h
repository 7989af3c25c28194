#pragma once

namespace omsua::cli {

// The exit status contract scripts rely on (DESIGN.md, "Command-line twin").
enum ExitCode : int {
    Done = 0,
    Failed = 1,
    BadInput = 2, // usage error or invalid input: nothing was changed
    Refused = 3,  // a check refused to go on: nothing was changed
    WaitingForOperator = 4,
};

} // namespace omsua::cli
