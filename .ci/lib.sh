# Helpers for the .ci/check-* scripts: quiet, idempotent installs on Debian.
# Sourced, not run. Works as root, or through sudo as a user; needs no standard input.

# Runs a command with its output kept back, shown only when it fails.
quietly() {
  local log status=0
  log="$(mktemp)"
  "$@" >"$log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then cat "$log" >&2; fi
  rm -f "$log"
  return "$status"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# apt-get install, after one apt-get update per run.
apt_install() {
  if [ -z "${ci_apt_updated:-}" ]; then
    quietly as_root apt-get update -q
    ci_apt_updated=1
  fi
  quietly as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

# python3 -m pip install; allowed into a Debian system Python (PEP 668) as well.
pip_install() {
  python3 -m pip --version >/dev/null 2>&1 || apt_install python3-pip
  local extra=()
  if python3 -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")))'; then
    extra+=(--break-system-packages)
  fi
  quietly python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore ${extra[@]+"${extra[@]}"} "$@"
}

# Exits with a message when the folder to check is missing or has no HTML in it.
require_html_folder() {
  if [ ! -d "$1" ]; then
    echo "$2: no folder '$1' (build the site first, or name a folder)" >&2
    exit 2
  fi
  if [ -z "$(find "$1" -name '*.html' -print -quit)" ]; then
    echo "$2: no .html files in '$1'" >&2
    exit 2
  fi
}
