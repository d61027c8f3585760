/**
 * Discord events in, core calls out: {@link dev.paperbot.discord.handle.PaperCommands} routes
 * {@code /paper} subcommands, the "Ask PaperBot" message command, autocomplete and the paging, vote
 * and share buttons to one small class each; {@link dev.paperbot.discord.handle.MentionListener}
 * answers @mentions and direct messages; {@link dev.paperbot.discord.handle.Replies} turns an
 * answer into the message Discord shows (who sees it, which buttons). Answering calls run on named
 * worker threads, never on JDA's; {@link dev.paperbot.discord.handle.Responder} acknowledges every
 * interaction within Discord's 3 seconds.
 */
package dev.paperbot.discord.handle;
