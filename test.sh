#!/usr/bin/env bash
# Installs what the build and the tests need (Debian packages, only when
# missing), builds into build/ and runs the whole test suite through ctest with
# no display (QT_QPA_PLATFORM=offscreen). Exits non-zero when anything fails.
# Extra arguments go to ctest, e.g. ./test.sh -R 'core: ' or ./test.sh -j1
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")"
source scripts/deps.sh

# Also for the build: catch_discover_tests runs the test programs to list them.
export QT_QPA_PLATFORM=offscreen

casedesk_ensure_packages build test
casedesk_build "$PWD" "$PWD/build"

# --timeout is the default for tests that set no TIMEOUT of their own, so one
# hung test (say, a modal dialog nobody closes) cannot stall the whole run.
# --no-tests=error: a suite that finds nothing to run is a failure, not a pass.
echo "==> Running tests"
ctest --test-dir build --output-on-failure -j2 --timeout 300 --no-tests=error "$@"
