/**
 * Routes Slack events to the core and replies: {@link dev.paperbot.slack.handle.SlackHandlers}
 * acknowledges first, answers on a named executor through the {@link dev.paperbot.Answering} seam,
 * renders, and hands the reply to {@link dev.paperbot.slack.handle.Delivery}. No answer wording or
 * search logic lives here.
 */
package dev.paperbot.slack.handle;
