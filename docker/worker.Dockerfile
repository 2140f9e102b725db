# syntax=docker/dockerfile:1
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN corepack enable && corepack prepare pnpm@12.4.2 --activate
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json tsconfig.base.json ./
COPY shared shared
COPY api api
COPY worker worker
COPY web/package.json web/
RUN pnpm install --frozen-lockfile \
 && pnpm --filter @fairpitch/shared run build \
 && pnpm --filter @fairpitch/api run build \
 && pnpm --filter @fairpitch/worker run build \
 && pnpm deploy --filter @fairpitch/worker --prod --legacy /out

FROM node:20-bookworm-slim
ENV NODE_ENV=production STORAGE_DIR=/data/storage
# The worker's memory settings, as worker/process-settings.mjs sets them for pnpm start.
ENV NODE_OPTIONS=--max-semi-space-size=4 MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=16384
WORKDIR /app
COPY --from=build /out /app
RUN mkdir -p /data/storage && chown -R node:node /data
USER node
# The worker has no HTTP server; it is healthy while its process can reach Redis and PostgreSQL.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
  CMD node dist/healthcheck.js
CMD ["node", "dist/main.js"]
