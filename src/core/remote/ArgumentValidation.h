#pragma once

#include "Expected.h"

#include <QString>

namespace omsua::remote {

// Checks for values that end up as arguments of remote commands. Quoting (shellQuote) already
// keeps every argument away from the shell; these checks catch values that are wrong for the
// program receiving them (a `..` that leaves the backup directory, an image reference Docker
// would reject or read as an option) and give the operator an error that names the value and
// the rule, before anything runs. Each Error: message = value + rule, where = what the value
// is, hint = what to do.

constexpr int kMaxContainerNameLength = 128;
constexpr int kMaxImageReferenceLength = 512; // name part: 255, as Docker's reference grammar
constexpr int kMaxRemotePathLength = 4096;    // PATH_MAX on Linux
constexpr int kMaxEnvNameLength = 256;

// A value as it can be shown in a message: quoted, control characters escaped (\n, \x00),
// long values shortened, registered secrets masked.
QString displayValue(const QString& value, int maxLength = 80);

// Docker's rule for container names: [a-zA-Z0-9][a-zA-Z0-9_.-]+ (at least two characters;
// Docker refuses a one-character name), at most kMaxContainerNameLength. No leading '/':
// strip the one `docker inspect` shows. A container ID (hex) passes too.
Expected<void> validateContainerName(const QString& name);

// Docker's reference grammar (distribution/reference):
//   [host[:port]/]component[/component...][:tag][@sha256:<64 hex>]
//   component: [a-z0-9]+ joined by '.', '_', '__' or one or more '-'
//   tag: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
// e.g. oms:feature_3.3.0_ce, oceanbase/oms:feature_4.2.2-ce,
// reg.example.com:5000/oceanbase/oms:feature_3.3.1. A bare image ID (sha256:<hex> or hex)
// is accepted too.
Expected<void> validateImageReference(const QString& reference);

// An absolute path on the host: starts with '/', no NUL, newline or carriage return, no `..`
// component, at most kMaxRemotePathLength characters. Spaces, quotes, '$', ';' and other shell
// metacharacters ARE allowed: every argument is shellQuote()d, so they reach the program as
// they are. (A docker -v bind additionally must not contain ':'; DockerCli checks that.)
Expected<void> validateRemotePath(const QString& path);

// An environment variable name: [A-Za-z_][A-Za-z0-9_]*, at most kMaxEnvNameLength.
Expected<void> validateEnvName(const QString& name);

} // namespace omsua::remote
