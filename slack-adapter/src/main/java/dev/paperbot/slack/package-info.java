/**
 * PaperBot in Slack: {@link dev.paperbot.slack.Main} reads {@link dev.paperbot.slack.SlackSettings}
 * from the environment and starts a {@link dev.paperbot.slack.SlackBot} in Socket Mode or HTTP
 * (Events API) mode, the latter behind a Jetty front ({@code HttpEventServer}) that checks
 * signatures, timestamps and replays ({@code SignatureCheck}) and the shape of bodies ({@code
 * SlackPayloads}) before Bolt runs. The adapter only translates: Slack event in, {@code bot-core}
 * answers, Block Kit reply out ({@code .handle} routes, {@code .render} makes all markup).
 */
package dev.paperbot.slack;
