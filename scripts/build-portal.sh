#!/usr/bin/env bash
# The last step of `npm run build`: type-check apps/portal and bundle it into dist/portal (served by the
# API at /). Skipped when neither the portal's files nor the lockfile changed since the last bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=$({ find apps/portal -type f -print0 | sort -z | xargs -0 sha256sum; sha256sum package-lock.json; } | sha256sum | cut -d' ' -f1)
if [ -f dist/portal/index.html ] && [ "$(cat dist/.portal-build-stamp 2>/dev/null)" = "$stamp" ]; then exit 0; fi
npx tsc -p apps/portal/tsconfig.json
npx vite build --config apps/portal/vite.config.ts --logLevel warn
echo "$stamp" > dist/.portal-build-stamp
