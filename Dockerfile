# Report Desk as a service: `docker build -t report-desk .` (see README, "Run it as a service").
# Two stages: the production dependencies are installed in the first and the bot built there as `npm start` builds
# it (plain JavaScript in dist/: esbuild and tsx are production dependencies); only they, the build, the code (the
# CLI runs the TypeScript through tsx) and the shipped corpus go into the second.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY scripts/build.ts ./scripts/
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim
# tini as PID 1: it forwards SIGTERM to node (which finishes what it answers, then exits) and reaps zombies.
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PORT=8080 \
    HOST=0.0.0.0 \
    INDEX_CACHE_DIR=/var/lib/report-desk
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY src ./src
COPY corpus ./corpus
# The saved index lives on a volume: a restarted container reloads it in seconds instead of rebuilding it.
RUN mkdir -p /var/lib/report-desk && chown node:node /var/lib/report-desk
VOLUME ["/var/lib/report-desk"]
# The image's own unprivileged user.
USER node
EXPOSE 8080
# Healthy only while the desk is open (503 while it loads or rereads the corpus). The War Diary's first start
# builds its index (15–30 s) before it serves: hence the start period.
HEALTHCHECK --interval=15s --timeout=3s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# As npm start runs the built bot (node itself, not npm: a signal reaches the bot, and nothing is left behind).
CMD ["bin/start-bot.sh"]
