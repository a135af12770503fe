# shellcheck shell=bash
# The Debian packages CaseDesk needs, kept in one place. Sourced by run.sh and
# test.sh; not meant to be run on its own.
#
#   casedesk_ensure_packages build        # what building and running needs
#   casedesk_ensure_packages build test   # ... plus what the test suite needs

# Building and running the programs.
CASEDESK_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev catch2 libsqlite3-dev libsodium-dev libxlsxwriter-dev
    fonts-noto-cjk
)

# Only the test suite: an X server for GUI checks, PDF inspection, .deb checks,
# unzip to look inside the XLSX files written.
CASEDESK_TEST_PACKAGES=(
    xvfb xauth poppler-utils file dpkg-dev unzip
)

# Prints the packages of the given list(s) that are not installed, one a line.
# One dpkg-query call for all of them, so the check costs nothing when all are there.
casedesk_missing_packages()
{
    local set pkg status
    local -a wanted=()
    local -A installed=()
    for set in "$@"; do
        case "$set" in
            build) wanted+=("${CASEDESK_BUILD_PACKAGES[@]}") ;;
            test) wanted+=("${CASEDESK_TEST_PACKAGES[@]}") ;;
            *) echo "deps.sh: unknown package set '$set'" >&2; return 2 ;;
        esac
    done
    while read -r pkg status; do
        [[ "$status" == "install ok installed" ]] && installed[$pkg]=1
    done < <(dpkg-query -W -f='${Package} ${Status}\n' "${wanted[@]}" 2>/dev/null || true)
    for pkg in "${wanted[@]}"; do
        [[ -n "${installed[$pkg]:-}" ]] || echo "$pkg"
    done
}

# Installs whatever is missing from the given list(s); returns non-zero with a
# clear message when that is impossible.
casedesk_ensure_packages()
{
    local -a missing sudo=()
    mapfile -t missing < <(casedesk_missing_packages "$@")
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    echo "==> Installing missing Debian packages: ${missing[*]}"

    if ! command -v apt-get >/dev/null 2>&1; then
        echo "error: apt-get not found; install these packages by hand: ${missing[*]}" >&2
        return 1
    fi
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "error: not root and sudo is not available; as root run:" >&2
            echo "  apt-get install ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi

    export DEBIAN_FRONTEND=noninteractive
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update; then
        echo "error: 'apt-get update' failed" >&2
        return 1
    fi
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"; then
        echo "error: could not install: ${missing[*]}" >&2
        return 1
    fi

    # apt-get can succeed while leaving a package unconfigured; check again.
    mapfile -t missing < <(casedesk_missing_packages "$@")
    if ((${#missing[@]} != 0)); then
        echo "error: still not installed after apt-get: ${missing[*]}" >&2
        return 1
    fi
}

# Configures and builds SRC into BUILD. A fresh directory gets the Ninja
# generator; an existing one keeps the generator it was made with.
casedesk_build()
{
    local src=$1 build=$2
    local -a generator=()
    [[ -f "$build/CMakeCache.txt" ]] || generator=(-G Ninja)
    echo "==> Configuring $build"
    cmake -S "$src" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo || return 1
    echo "==> Building $build"
    cmake --build "$build" || return 1
}
