# syntax=docker/dockerfile:1
# One image per service, every one from this file (docs/adr/0005-deployment-images-and-kubernetes.md):
#   docker build --build-arg APP=intake -t frontdoor/intake .
#   docker compose build              # every service in docker-compose.yml, portal included
# The `build` and `production-dependencies` stages do not depend on APP, so building eight images
# compiles once and installs once (BuildKit cache); only the small last layers differ per app.
# The image holds the compiled libs, its own app and nothing of the other apps, runs
# `node deploy/runtime/start.js` (dist/apps/$APP/src/main.js) as the unprivileged `node` user (uid 1000) with
# NODE_ENV=production (so development tokens are refused: AUTH_MODE=oidc, AUTH_ISSUER and
# AUTH_JWKS_URL are required unless the environment overrides NODE_ENV, as docker-compose.yml does).
# A service with a database also migrates it as a one-off: `node deploy/runtime/migrate.js`
# (the Kubernetes migration Jobs run exactly that).
ARG NODE_IMAGE=node:24-bookworm-slim

# --- build: compile apps and libs to dist/ ---------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY libs ./libs
COPY apps ./apps
# The same build as every local run's (npm run build): tsc, then the templates and JSON beside it.
COPY deploy/runtime/build.sh ./deploy/runtime/
RUN sh deploy/runtime/build.sh

# --- the one app asked for, or a clear refusal ------------------------------------------------
FROM build AS app
ARG APP
RUN if [ -z "${APP}" ] || [ ! -f "dist/apps/${APP}/src/main.js" ]; then \
      echo "No service '${APP}': build with --build-arg APP=<one of: $(ls dist/apps | tr '\n' ' ')>" >&2; exit 1; \
    fi

# --- production dependencies only ------------------------------------------------------------
FROM ${NODE_IMAGE} AS production-dependencies
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime -----------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG APP
LABEL org.opencontainers.image.title="frontdoor-${APP}" org.opencontainers.image.licenses="MIT"
# HOST: the services listen on 127.0.0.1 unless told otherwise, which a container cannot reach.
ENV NODE_ENV=production \
    APP=${APP} \
    HOST=0.0.0.0
# The service needs node only: no npm, npx or corepack at run time.
RUN rm -rf /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/corepack \
      /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack
WORKDIR /app
# Everything stays owned by root and read-only to the `node` user that runs the service
# (Kubernetes mounts the root filesystem read-only too; only /tmp is writable).
COPY package.json ./
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=app /app/dist/libs ./dist/libs
COPY --from=app /app/dist/apps/${APP} ./dist/apps/${APP}
COPY deploy/runtime ./deploy/runtime
USER node
# Exec form: node is PID 1 and gets SIGTERM itself (Nest closes Kafka, Postgres and Redis cleanly).
# start.js starts dist/apps/$APP/src/main.js; npm start, the bench and test/runtime run the same file.
CMD ["node", "deploy/runtime/start.js"]
