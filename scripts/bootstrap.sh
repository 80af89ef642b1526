#!/usr/bin/env bash
# Installs what KB Assist needs on Debian/Ubuntu: system packages (when missing) and a
# project-local virtual environment. Safe and quick to run again: it skips what is done.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt offscreen and on screen, fonts (Latin, Greek, Chinese), a real keyring for tests.
DEB_PACKAGES=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0
  fonts-dejavu-core fonts-wqy-microhei
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
  libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 libxcb-randr0
  libxcb-shm0 libxcb-sync1 libxcb-xfixes0
  gnome-keyring dbus xvfb xdotool imagemagick
)

missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      echo "Installing system packages: ${missing[*]}"
      sudo sh -c "DEBIAN_FRONTEND=noninteractive $cmd"
    else
      echo "KB Assist needs these system packages. Run this, then run this command again:" >&2
      echo "  sudo sh -c '$cmd'" >&2
      exit 1
    fi
  else
    echo "Installing system packages: ${missing[*]}"
    sh -c "DEBIAN_FRONTEND=noninteractive $cmd"
  fi
fi

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  echo "Creating the virtual environment in .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.kbassist-installed
wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$wanted" ]]; then
  echo "Installing KB Assist and its dependencies into .venv"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[dev]"
  echo "$wanted" >"$stamp"
fi
