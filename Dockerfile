# One image for both processes: `node dist/apps/api/src/main.js` or `node dist/apps/worker/src/main.js`.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
# Inside the image Node's headers are where node-gyp expects them by default.
RUN sed -i '/^nodedir=/d' .npmrc && npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY apps apps
COPY libs libs
COPY workflows workflows
COPY activities activities
COPY bench bench
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY package.json ./
# The working-day calendar (one file per year); mount another directory and set CALENDAR_DIR to update it without a new image.
COPY calendars calendars
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
