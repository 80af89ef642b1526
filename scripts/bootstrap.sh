#!/usr/bin/env bash
# Installs what KB Assist needs on Debian/Ubuntu: system packages (when missing) and a
# project-local virtual environment with the locked versions. Quick to run again: it skips
# what is done.
#
#   scripts/bootstrap.sh run     what the app needs (scripts/run), from requirements.txt
#   scripts/bootstrap.sh check   that, plus what the checks and tests need (scripts/check),
#                                from requirements-dev.txt
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
case $mode in
  run) lock=requirements.txt ;;
  check) lock=requirements-dev.txt ;;
  *)
    echo "usage: scripts/bootstrap.sh [run|check]" >&2
    exit 2
    ;;
esac

# What the app needs: Python, Qt offscreen and on screen (X11/XWayland), fonts for Latin,
# Greek and Chinese text.
APP_PACKAGES=(
  python3 python3-venv
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0
  fonts-dejavu-core fonts-wqy-microhei
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
  libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 libxcb-randr0
  libxcb-shm0 libxcb-sync1 libxcb-xfixes0
)
# What only the tests need: a real keyring on a private D-Bus, a virtual screen to drive and
# photograph real windows, a PostgreSQL server for the team analytics, the .desktop validator,
# and git for the tests of `kbassist check --changed` (the app itself reads git through dulwich).
TEST_PACKAGES=(
  gnome-keyring dbus xvfb xdotool imagemagick postgresql desktop-file-utils git
)
wanted_packages=("${APP_PACKAGES[@]}")
if [[ $mode == check ]]; then
  wanted_packages+=("${TEST_PACKAGES[@]}")
fi

install_system_packages() {
  if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    echo "Not a Debian or Ubuntu system: make sure the equivalents of these are installed:" >&2
    echo "  ${wanted_packages[*]}" >&2
    return
  fi
  local missing=() pkg
  for pkg in "${wanted_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  ((${#missing[@]})) || return 0
  local cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
  if [[ $(id -u) -eq 0 ]]; then
    echo "Installing system packages: ${missing[*]}"
    sh -c "$cmd"
  elif command -v sudo >/dev/null && { sudo -n true 2>/dev/null || [[ -t 0 ]]; }; then
    # sudo asks for the password when it needs one and a terminal is there to type it.
    echo "Installing system packages (with sudo): ${missing[*]}"
    if ! sudo sh -c "$cmd"; then
      # Not a sudoer, a wrong password, or apt-get failed (its message is above).
      echo "The system packages were not installed. Install them as root, then run this" >&2
      echo "command again:" >&2
      echo "  su -c '$cmd'" >&2
      exit 1
    fi
  else
    echo "KB Assist needs these system packages: ${missing[*]}" >&2
    echo "Install them as root, then run this command again:" >&2
    if command -v sudo >/dev/null; then
      echo "  sudo sh -c '$cmd'" >&2
    else
      echo "  su -c '$cmd'" >&2
    fi
    exit 1
  fi
}
install_system_packages

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "KB Assist needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1)." >&2
    echo "Run this command again with PYTHON=/path/to/python3.11 before it." >&2
    exit 1
  fi
  echo "Creating the virtual environment in .venv"
  "$PYTHON" -m venv .venv
fi

# pip warns once for each package that an extra local index in pip.conf (a file:// mirror)
# does not hold; that says nothing about this install, and every other message is kept.
quiet_pip() {
  "$@" 2> >(grep -v "^WARNING: Location 'file:.*' is ignored: it is neither a file nor a directory\.$" >&2)
}

# Reinstalled when the lock or the project's own packaging changes, not otherwise.
stamp=.venv/.kbassist-$lock.sha256
wanted=$(cat "$lock" requirements-build.txt pyproject.toml setup.py MANIFEST.in | sha256sum | cut -d' ' -f1)
installed_any=false
if [[ ! -f $stamp || $(cat "$stamp") != "$wanted" ]]; then
  echo "Installing KB Assist and the versions in $lock into .venv"
  pip=(quiet_pip .venv/bin/python -m pip install --quiet --disable-pip-version-check)
  # pip and setuptools first, at their locked versions: packages published only as source
  # are then built with them (--no-build-isolation), so nothing unlocked is fetched.
  "${pip[@]}" --require-hashes --no-deps -r requirements-build.txt
  "${pip[@]}" --require-hashes --no-build-isolation -r "$lock"
  "${pip[@]}" --no-deps --no-build-isolation -e .
  echo "$wanted" >"$stamp"
  installed_any=true
fi

# The app loads compiled translations (.qm for Qt, .mo for the core), built from the .ts and
# .po sources in the checkout when a source is newer than what was compiled from it.
if [[ -f kbassist/i18n/build.py ]]; then
  stale=$installed_any
  for source in kbassist/i18n/*.ts kbassist/i18n/*.po; do
    [[ -e $source ]] || continue
    case $source in *.ts) compiled=${source%.ts}.qm ;; *) compiled=${source%.po}.mo ;; esac
    [[ -f $compiled && $compiled -nt $source ]] || stale=true
  done
  if [[ $stale == true ]]; then
    .venv/bin/python -m kbassist.i18n.build >/dev/null  # it lists the files; errors still show
  fi
fi
