#pragma once
// casedesk-cli's commands: parse the command line, run one command against
// the core, print its result (text or --json) and return the exit status
// CONTRACT.md promises: 0 done, 2 refused (with a one-line reason on stderr),
// 1 any other failure.

#include <QStringList>

namespace casedesk::cli {

// args without the program name.
int run(const QStringList &args);

} // namespace casedesk::cli
