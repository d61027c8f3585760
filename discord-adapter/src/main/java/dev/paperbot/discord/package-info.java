/**
 * PaperBot in Discord: start-up ({@link dev.paperbot.discord.Main}), configuration from the
 * environment ({@link dev.paperbot.discord.DiscordConfig}) and the one seam to the core ({@link
 * dev.paperbot.Answering}). The adapter only translates: a Discord event in, a core call, a
 * rendered reply out.
 */
package dev.paperbot.discord;
