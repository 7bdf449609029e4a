# One image for both processes: `node dist/apps/api/src/main.js` or `node dist/apps/worker/src/main.js`.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
# The libraries are npm workspaces: npm ci links node_modules/@heze/<name> to libs/<name>, so their
# package.json files come first (the sources follow below and do not invalidate the install layer).
COPY libs/rules/package.json libs/rules/
COPY libs/machines/package.json libs/machines/
COPY libs/temporal/package.json libs/temporal/
COPY libs/persistence/package.json libs/persistence/
COPY libs/config/package.json libs/config/
COPY libs/audit/package.json libs/audit/
# Inside the image Node's headers are where node-gyp expects them by default.
RUN sed -i '/^nodedir=/d' .npmrc && npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY apps apps
COPY libs libs
COPY workflows workflows
COPY activities activities
COPY bench bench
RUN npm run build && npm prune --omit=dev \
  && for d in libs/*; do mkdir -p /runtime/$d && cp $d/package.json $d/*.js /runtime/$d/; done

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
# What node_modules/@heze/<name> links to: each library's package.json and its entries into dist/.
COPY --from=build /runtime/libs libs
COPY package.json ./
# The working-day calendar (one file per year); mount another directory and set CALENDAR_DIR to update it without a new image.
COPY calendars calendars
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
