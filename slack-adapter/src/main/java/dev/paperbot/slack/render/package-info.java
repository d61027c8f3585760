/**
 * The only place that makes Slack markup: {@link dev.paperbot.slack.render.BlockKitRenderer} turns
 * an {@link dev.paperbot.Answer} into Block Kit (and the App Home view and link unfurls), putting
 * every string that came from a user or the corpus into rich_text text elements that Slack does not
 * parse ({@code RichText}), escaping {@code &}, {@code <}, {@code >} where mrkdwn remains ({@code
 * Mrkdwn}), and keeping within Slack's limits.
 */
package dev.paperbot.slack.render;
