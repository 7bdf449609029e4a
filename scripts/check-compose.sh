#!/usr/bin/env bash
# Validates docker-compose.yml offline: `docker compose config` when a Compose plugin exists, else
# the Compose Specification JSON Schema through check-jsonschema (from PyPI, kept in .tools/py).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if docker compose version >/dev/null 2>&1; then
  PERSON_KEY_SECRET=placeholder-for-validation docker compose config --quiet && echo "docker-compose.yml: valid (docker compose config)"
  exit 0
fi
py="$root/.tools/py"
if [ ! -x "$py/bin/check-jsonschema" ]; then
  python3 -m venv "$py" >/dev/null
  "$py/bin/pip" install -q check-jsonschema >/dev/null
fi
"$py/bin/check-jsonschema" --builtin-schema vendor.compose-spec docker-compose.yml
