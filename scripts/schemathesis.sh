#!/usr/bin/env bash
# Bad input: Schemathesis (from PyPI, kept in .tools/py) against /docs-json of the running system
# (`npm start`'s launcher with a temporary HEZE_DATA_DIR, its own ports and SQLite), once per API key
# role, a bounded number of examples per operation. Fails on any server error (5xx) or any response
# that does not match the documented status codes, content type or schema.
#   SCHEMATHESIS_EXAMPLES (default 25)  SCHEMATHESIS_ROLES (default: admin employer evaluation-organisation auditor)
#   SCHEMATHESIS_SEED (default 20250718)
#   SCHEMATHESIS_CHECKS (default: not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance)
# Two passes per role: one with generated ids (mostly 404s: unknown resources), one with the path
# parameters fixed to real resources (a journey driven to a paid subsidy by `npm run demo`, its claim,
# a study leave, a project), so that the 200 and 409 answers of every route are checked as well.
# Run it after `npm run build` (npm run test:schemathesis does both).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
examples="${SCHEMATHESIS_EXAMPLES:-25}"
roles="${SCHEMATHESIS_ROLES:-admin employer evaluation-organisation auditor}"
seed="${SCHEMATHESIS_SEED:-20250718}"
checks="${SCHEMATHESIS_CHECKS:-not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance}"
py="$root/.tools/py"
if [ ! -x "$py/bin/st" ]; then
  [ -x "$py/bin/pip" ] || python3 -m venv "$py" >/dev/null
  echo "schemathesis: installing from PyPI into .tools/py" >&2
  "$py/bin/pip" install -q schemathesis >/dev/null
fi
[ -f dist/apps/launcher/main.js ] || { echo "schemathesis: run npm run build first" >&2; exit 1; }

healthy() { "$py/bin/python" -c 'import sys,urllib.request; urllib.request.urlopen(sys.argv[1], timeout=5)' "http://127.0.0.1:$api_port/health" >/dev/null 2>&1; }
free_port() { "$py/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
data="$(mktemp -d -t heze-schemathesis-XXXXXX)"
api_port=$(free_port); t_port=$(free_port); ui_port=$(free_port)
report="${SCHEMATHESIS_REPORT_DIR:-$data/report}"
launcher_pid=""
cleanup() {
  if [ -n "$launcher_pid" ] && kill -0 "$launcher_pid" 2>/dev/null; then
    kill -TERM "$launcher_pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$launcher_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$launcher_pid" 2>/dev/null || true
  fi
  [ -n "${SCHEMATHESIS_KEEP:-}" ] || rm -rf "$data"
}
trap cleanup EXIT

echo "schemathesis: starting the system (API :$api_port, Temporal :$t_port, data $data)" >&2
env -u DATABASE_URL -u TEMPORAL_ADDRESS HEZE_DATA_DIR="$data" DATABASE_FILE="$data/heze.sqlite" API_PORT="$api_port" \
  TEMPORAL_PORT="$t_port" TEMPORAL_UI_PORT="$ui_port" RATE_LIMIT_WRITES_PER_MINUTE=0 \
  node dist/apps/launcher/main.js >"$data/launcher.log" 2>&1 &
launcher_pid=$!
for i in $(seq 1 180); do
  if healthy; then break; fi
  if ! kill -0 "$launcher_pid" 2>/dev/null; then echo "schemathesis: the system did not start:" >&2; tail -20 "$data/launcher.log" >&2; exit 1; fi
  sleep 1
done
healthy || { echo "schemathesis: API not healthy after 180 s" >&2; tail -20 "$data/launcher.log" >&2; exit 1; }

# An admin key (the demo seed has none) through the admin CLI, on the same SQLite file.
admin_key=$(env -u DATABASE_URL HEZE_DATA_DIR="$data" DATABASE_FILE="$data/heze.sqlite" node dist/apps/admin-cli/src/main.js create-organisation --id schemathesis-admin --name "schemathesis admin" --role admin >/dev/null \
  && env -u DATABASE_URL HEZE_DATA_DIR="$data" DATABASE_FILE="$data/heze.sqlite" node dist/apps/admin-cli/src/main.js create-key --organisation schemathesis-admin --json | "$py/bin/python" -c 'import json,sys; print(json.load(sys.stdin)["apiKey"])')

key_for() {
  if [ "$1" = admin ]; then echo "$admin_key"; return; fi
  "$py/bin/python" -c 'import json,sys; ks=json.load(open(sys.argv[1]))["keys"]; print(next(k["apiKey"] for k in ks if k["role"]==sys.argv[2]))' "$data/demo-keys.json" "$1"
}

# Real resources for the second pass: a journey to a paid subsidy (the demo), a study leave on it, a project.
echo "schemathesis: making real resources (npm run demo, a study leave, a project)" >&2
HEZE_DATA_DIR="$data" API_URL="http://127.0.0.1:$api_port" DEMO_IDS_FILE="$data/ids.json" node dist/apps/demo/src/main.js >"$data/demo.log" 2>&1 \
  || { echo "schemathesis: the demo failed:" >&2; tail -5 "$data/demo.log" >&2; exit 1; }
"$py/bin/python" - "$data/ids.json" "http://127.0.0.1:$api_port" "$(key_for employer)" "$data/schemathesis.toml" <<'PY'
import json, sys, urllib.request
ids_file, base, key, out = sys.argv[1:]
ids = json.load(open(ids_file))
def post(path, body):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode(), method='POST', headers={'x-api-key': key, 'content-type': 'application/json'})
    with urllib.request.urlopen(req, timeout=30) as res:
        return json.load(res)
ids['leaveId'] = post(f"/journeys/{ids['journeyId']}/study-leave", {'from': '2027-03-01', 'to': '2027-03-05', 'purpose': 'training'})['leaveId']
ids['projectId'] = post('/projects', {'id': 'schemathesis-project', 'name': 'Schemathesis project', 'wageGuaranteeSystemsImplemented': True})['id']
with open(out, 'w') as f:
    f.write('[parameters]\n' + ''.join(f'"path.{k}" = "{v}"\n' for k, v in ids.items()))
PY

status=0
for role in $roles; do
  for pass in generated real; do
    config=()
    [ "$pass" = real ] && config=(--config-file "$data/schemathesis.toml")
    echo "schemathesis: role $role, $pass ids, up to $examples examples per operation" >&2
    "$py/bin/st" "${config[@]}" --no-color run "http://127.0.0.1:$api_port/docs-json" \
      --header "X-Api-Key: $(key_for "$role")" \
      --checks "$checks" --generation-database none \
      --max-examples "$examples" --seed "$seed" --phases examples,coverage,fuzzing --workers 1 \
      --request-timeout 30 --warnings off --suppress-health-check all \
      --report junit --report-junit-path "$report/$role-$pass.xml" || status=1
  done
done
if grep -q ' 500 \|"statusCode":500' "$data/launcher.log"; then
  echo "schemathesis: the API logged a 500:" >&2; grep ' 500 \|"statusCode":500' "$data/launcher.log" | head -5 >&2; status=1
fi
[ $status -eq 0 ] && echo "schemathesis: passed ($checks; roles: $roles)" >&2
exit $status
