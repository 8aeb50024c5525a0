#!/usr/bin/env bash
# Gather every wheel Casebook needs on Windows, macOS and Linux into one folder (a USB stick), so a
# laptop with Python but no network installs it with (README: "Install without a network"):
#   python3 -m venv casebook-venv
#   casebook-venv/bin/pip install --no-index --find-links /media/usb/wheelhouse casebook
#
# Usage: packaging/wheelhouse.sh DEST [linux|windows|macos ...]     (all three by default)
#   PYTHON_VERSIONS  the laptops' Pythons, default "3.11 3.12 3.13"
#   PYTHON           the Python whose pip downloads, default python3
# Needs the network (PyPI) where it runs; Casebook's own wheel is built from this checkout.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -lt 1 ]; then
  echo "Usage: $0 DEST [linux|windows|macos ...]" >&2
  exit 2
fi
DEST="$1"
shift
PLATFORMS=("$@")
[ ${#PLATFORMS[@]} -gt 0 ] || PLATFORMS=(linux windows macos)
PYTHON="${PYTHON:-python3}"
PYTHON_VERSIONS="${PYTHON_VERSIONS:-3.11 3.12 3.13}"
mkdir -p "$DEST"

# Runtime dependencies, read from pyproject.toml so this list cannot fall behind it.
mapfile -t REQUIREMENTS < <("$PYTHON" -c '
import sys, tomllib
print("\n".join(tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]))' "$ROOT/pyproject.toml")

# pip judges environment markers by the machine it runs on, not by --platform: what keyring needs
# only on Windows must be named here (keyring: pywin32-ctypes; its Linux needs come with it here).
extra_for() {
  case "$1" in
    windows) echo "pywin32-ctypes" ;;
    *) ;;
  esac
}

# Each line one download: its tags are alternatives, pip takes the best wheel among them.
# Linux: glibc 2.34 or newer (Debian 12, Ubuntu 22.04), as PySide6's and cryptography's wheels need.
tags_for() {
  case "$1" in
    linux) echo "manylinux_2_34_x86_64,manylinux_2_28_x86_64,manylinux_2_17_x86_64,manylinux2014_x86_64" ;;
    windows) echo "win_amd64" ;;
    macos) echo "macosx_14_0_arm64,macosx_14_0_universal2 macosx_12_0_x86_64,macosx_12_0_universal2" ;;  # Apple silicon, Intel
    *) echo "Unknown platform $1: choose linux, windows or macos" >&2; exit 2 ;;
  esac
}

"$PYTHON" -m pip wheel --quiet --no-deps --wheel-dir "$DEST" "$ROOT"
for platform in "${PLATFORMS[@]}"; do
  read -r -a extra <<<"$(extra_for "$platform")"
  platform_tags=$(tags_for "$platform")  # on its own line, so that an unknown platform stops the script
  for tags in $platform_tags; do
    IFS=, read -r -a tag_list <<<"$tags"
    platform_args=()
    for tag in "${tag_list[@]}"; do platform_args+=(--platform "$tag"); done
    for version in $PYTHON_VERSIONS; do
      echo "Wheels for $platform (${tag_list[0]}), Python $version"
      "$PYTHON" -m pip download --quiet --only-binary=:all: "${platform_args[@]}" --python-version "$version" \
        --implementation cp --dest "$DEST" "${REQUIREMENTS[@]}" "${extra[@]}"
    done
  done
done
echo "$(find "$DEST" -name '*.whl' | wc -l) wheels, $(du -sh "$DEST" | cut -f1), in $DEST"
