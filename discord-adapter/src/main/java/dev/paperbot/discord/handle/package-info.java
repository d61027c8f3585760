/**
 * Discord events in, core calls out: {@link dev.paperbot.discord.handle.PaperCommands} routes
 * {@code /paper} subcommands, autocomplete and paging buttons to one small class each; {@link
 * dev.paperbot.discord.handle.MentionListener} answers @mentions and direct messages. Answering
 * calls run on named worker threads, never on JDA's; {@link dev.paperbot.discord.handle.Responder}
 * acknowledges every interaction within Discord's 3 seconds.
 */
package dev.paperbot.discord.handle;
