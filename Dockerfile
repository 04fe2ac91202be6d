# syntax=docker/dockerfile:1
# One image per service, all from this file:
#   docker build --build-arg APP=intake -t frontdoor/intake .
#   docker build --build-arg APP=screening -t frontdoor/screening .
# The image runs `node dist/apps/$APP/src/main.js` as the unprivileged `node` user, with
# NODE_ENV=production (so development tokens are refused: AUTH_MODE=oidc, AUTH_ISSUER and
# AUTH_JWKS_URL are required unless the environment overrides NODE_ENV, as docker-compose.yml does).
ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: compile apps and libs to dist/ ---------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY libs ./libs
COPY apps ./apps
RUN npx tsc -p tsconfig.build.json

# --- production dependencies only ------------------------------------------------------------
FROM ${NODE_IMAGE} AS production-dependencies
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime -----------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG APP
# HOST: the services listen on 127.0.0.1 unless told otherwise, which a container cannot reach.
ENV NODE_ENV=production \
    APP=${APP} \
    HOST=0.0.0.0
WORKDIR /app
# Everything stays owned by root and read-only to the `node` user that runs the service.
COPY package.json ./
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY deploy/runtime/register-paths.js ./deploy/runtime/register-paths.js
RUN if [ ! -f "dist/apps/${APP}/src/main.js" ]; then \
      echo "No service '${APP}': build with --build-arg APP=<one of: $(ls dist/apps | tr '\n' ' ')>" >&2; exit 1; \
    fi
USER node
# exec: node becomes PID 1 and gets SIGTERM itself (Nest closes Kafka, Postgres and Redis cleanly).
CMD ["sh", "-c", "exec node -r ./deploy/runtime/register-paths.js \"dist/apps/${APP}/src/main.js\""]
