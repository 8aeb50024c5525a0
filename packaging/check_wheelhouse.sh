#!/usr/bin/env bash
# The wheelhouse works offline, tested for Linux: packaging/wheelhouse.sh gathers the Linux wheels for
# this Python into a temporary folder, a fresh venv installs Casebook from it with `pip --no-index`,
# and that casebook, without network, makes a demo vault and finds its people. Used by .ci/run.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
VERSION="$("$PYTHON" -c 'import sys; print(f"{sys.version_info.major}.{sys.version_info.minor}")')"
NONET="$(unshare -rn true 2>/dev/null && echo "unshare -rn" || true)"

started=$SECONDS
PYTHON_VERSIONS="$VERSION" PYTHON="$PYTHON" bash "$ROOT/packaging/wheelhouse.sh" "$WORK/wheelhouse" linux
"$PYTHON" -m venv "$WORK/venv"
$NONET "$WORK/venv/bin/pip" install --quiet --no-index --find-links "$WORK/wheelhouse" casebook
export CASEBOOK_PASSPHRASE="wheelhouse check"
$NONET "$WORK/venv/bin/casebook" demo "$WORK/demo.casebook" --people 20 --no-keyring >/dev/null 2>&1
people="$($NONET "$WORK/venv/bin/casebook" list "$WORK/demo.casebook" --kind person | wc -l)"
if [ "$people" -ne 20 ]; then
  echo "The casebook installed from the wheelhouse lists $people people in its demo vault, not 20." >&2
  exit 1
fi
echo "Wheelhouse: installed offline from $(find "$WORK/wheelhouse" -name '*.whl' | wc -l) wheels; its casebook works ($((SECONDS - started)) s)"
