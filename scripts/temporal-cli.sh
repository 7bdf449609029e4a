#!/usr/bin/env bash
# Prints the path of a Temporal CLI (dev server + Web UI): `temporal` from PATH if present, else the
# one built into .tools/bin, building it with Go the first time (no download site is reachable here;
# see ARCHITECTURE.md: v1.5.1 is the last tag `go install` accepts). Build progress goes to stderr.
set -euo pipefail
TEMPORAL_CLI_VERSION="${TEMPORAL_CLI_VERSION:-v1.5.1}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools/bin"

if [ -n "${TEMPORAL_CLI:-}" ] && [ -x "$TEMPORAL_CLI" ]; then echo "$TEMPORAL_CLI"; exit 0; fi
if command -v temporal >/dev/null 2>&1; then command -v temporal; exit 0; fi
if [ -x "$tools/temporal" ]; then echo "$tools/temporal"; exit 0; fi

if ! command -v go >/dev/null 2>&1; then
  echo "temporal-cli: no 'temporal' on PATH and no Go toolchain to build it; install Go or set TEMPORAL_CLI=/path/to/temporal" >&2
  exit 1
fi
mkdir -p "$tools"
echo "temporal-cli: building github.com/temporalio/cli $TEMPORAL_CLI_VERSION with $(go version | cut -d' ' -f3) into .tools/bin (a few minutes, once)..." >&2
start=$(date +%s)
GOBIN="$tools" GOFLAGS="${GOFLAGS:-} -trimpath" go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION" >&2
echo "temporal-cli: built in $(( $(date +%s) - start ))s" >&2
echo "$tools/temporal"
