# Production image for docker-compose.yml (MongoDB). Build: docker compose build
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
# Read by the build only (docker-compose.yml passes them): instances built apart agree on them.
ARG NEWSROOM_BUILD_ID
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
# The build never touches a database; these only satisfy start-up validation of the config module.
RUN PAYLOAD_SECRET=build-time-placeholder-secret-not-used-at-runtime PAYMENT_PROVIDER=demo npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 MEDIA_DIR=/app/media
COPY --from=build /app /app
EXPOSE 3000
# The seed is idempotent: it adds the first story on an empty database and changes nothing afterwards.
# docker-compose.yml runs it once, as a service of its own, and starts the instances with `npm start`.
CMD ["sh", "-c", "npm run seed && npm start"]
