/**
 * The only place that makes Slack markup: {@link dev.paperbot.slack.render.BlockKitRenderer} turns
 * an {@link dev.paperbot.Answer} into Block Kit, escaping every string that came from a user or the
 * corpus through {@link dev.paperbot.slack.render.Mrkdwn} and keeping within Slack's limits.
 */
package dev.paperbot.slack.render;
