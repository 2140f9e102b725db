# syntax=docker/dockerfile:1
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN corepack enable && corepack prepare pnpm@12.4.2 --activate
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json tsconfig.base.json ./
COPY shared shared
COPY api api
COPY worker/package.json worker/
COPY web web
RUN pnpm install --frozen-lockfile \
 && pnpm --filter @fairpitch/shared run build \
 && pnpm --filter @fairpitch/api run build \
 && pnpm --filter @fairpitch/web run build \
 && pnpm deploy --filter @fairpitch/api --prod --legacy /out

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 WEB_DIST_DIR=/app/web STORAGE_DIR=/data/storage
WORKDIR /app
COPY --from=build /out /app
COPY --from=build /app/web/dist /app/web
RUN mkdir -p /data/storage && chown -R node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
