# syntax=docker/dockerfile:1
# The SPA as static files behind nginx, which also forwards /api to the api service, so the
# browser sees one origin. (The api image serves the SPA too; this image lets it scale apart.)
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN corepack enable && corepack prepare pnpm@12.4.2 --activate
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json tsconfig.base.json ./
COPY shared shared
COPY web web
COPY api/package.json api/
COPY worker/package.json worker/
RUN pnpm install --frozen-lockfile --filter @fairpitch/web... \
 && pnpm --filter @fairpitch/web run build

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/web/dist /usr/share/nginx/html
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1
