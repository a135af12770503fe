#!/usr/bin/env bash
# Installs what the build needs (Debian packages, only when missing), builds
# into build/ and starts the CaseDesk desktop application on the default
# database. Extra arguments are passed to the program: ./run.sh --help
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")"
source scripts/deps.sh

casedesk_ensure_packages build
casedesk_build "$PWD" "$PWD/build"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "warning: no DISPLAY or WAYLAND_DISPLAY set; the window may not be able to open" >&2
fi

echo "==> Starting build/bin/casedesk $*"
exec "$PWD/build/bin/casedesk" "$@"
