/**
 * PaperBot's public API: ask {@link dev.paperbot.PaperBot} a {@link dev.paperbot.Question}, get a
 * platform-neutral {@link dev.paperbot.Answer} citing {@link dev.paperbot.Paper}s with quoted
 * {@link dev.paperbot.Evidence}. Adapters use this package only; {@link dev.paperbot.Answering} is
 * the seam their tests fake. Everything in the sub-packages is the engine behind it.
 */
package dev.paperbot;
