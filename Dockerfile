# syntax=docker/dockerfile:1
# PaperBot in a container: `docker build -t paperbot .`, then `docker run … paperbot slack`
# (or discord, or any CLI command: `docker run --rm paperbot ask "which paper introduced MLA?"`).
# The image runs the same launcher as a checkout (bot-core/paperbot); see docker-compose.yml.

# Build stage: the jars, tests skipped (CI runs them).
FROM maven:3-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
# The Maven repository is a BuildKit cache: rebuilds after a source change download nothing.
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -DskipTests package

# Run stage: a JRE 21, a non-root user, the three jars and the launcher.
FROM eclipse-temurin:21-jre
RUN groupadd --system paperbot \
 && useradd --system --gid paperbot --create-home --home-dir /home/paperbot paperbot \
 && mkdir -p /data /app/bot-core/target /app/slack-adapter/target /app/discord-adapter/target \
 && chown paperbot:paperbot /data
WORKDIR /app
COPY --from=build /src/.ci/find-jdk.sh .ci/find-jdk.sh
COPY --from=build /src/bot-core/paperbot bot-core/paperbot
COPY --from=build /src/bot-core/target/paperbot.jar bot-core/target/
COPY --from=build /src/slack-adapter/target/paperbot-slack.jar slack-adapter/target/
COPY --from=build /src/discord-adapter/target/paperbot-discord.jar discord-adapter/target/
# The launcher writes a class-data archive beside each jar on first start (faster restarts).
RUN chown paperbot:paperbot bot-core/target slack-adapter/target discord-adapter/target
USER paperbot
# Feedback (SQLite) and its salt live in /data: mount a volume there. The index stays in memory.
ENV PAPERBOT_DATA_DIR=/data \
    PAPERBOT_MANAGEMENT_PORT=9090 \
    BIND_ADDRESS=0.0.0.0 \
    LOG_FORMAT=json
VOLUME ["/data"]
# 3000: Slack's HTTP mode (PORT); 9090: /health and /metrics.
EXPOSE 3000 9090
# No curl or wget on this base: the CLI's own `health` command asks the management port.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["/app/bot-core/paperbot", "health"]
ENTRYPOINT ["/app/bot-core/paperbot"]
CMD ["slack"]
