/**
 * The only place that makes Discord markup: {@link dev.paperbot.discord.render.EmbedRenderer} turns
 * a core {@link dev.paperbot.Answer} into an embed within Discord's limits, escaping every string
 * from users and from the corpus ({@link dev.paperbot.discord.render.Markdown}), and {@link
 * dev.paperbot.discord.render.Reply} sends it with mentions disabled.
 */
package dev.paperbot.discord.render;
