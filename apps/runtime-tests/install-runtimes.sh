#!/bin/sh
# Installs what the runtime tests run on, quietly and idempotently (a second run takes about a second):
#   - the runtimes project (runtimes/: Node 22 and 24, Bun, Deno, miniflare + workerd, playwright-core),
#     from its own lockfile, kept out of the workspace so Node 24's `node` bin never lands on its PATH;
#   - Chromium from Debian's packages, only when /usr/bin/chromium is missing (needs root or sudo).
# Prints nothing on success; on failure, prints the failing step's output and exits non-zero.
set -eu
cd "$(dirname "$0")"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

run_quietly() {
  if ! "$@" >"$log" 2>&1; then
    echo "install-runtimes.sh: failed: $*" >&2
    cat "$log" >&2
    exit 1
  fi
}

# The runtimes directory's own pnpm-workspace.yaml makes it a separate workspace root and carries its
# allowBuilds (bun, deno and workerd fetch their binaries in postinstall). Do not add --ignore-workspace:
# pnpm would then skip that file and refuse the build scripts (ERR_PNPM_IGNORED_BUILDS).
run_quietly pnpm install --dir runtimes --frozen-lockfile

if [ ! -x /usr/bin/chromium ]; then
  sudo=""
  if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
  run_quietly $sudo apt-get update -qq
  run_quietly $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
fi
