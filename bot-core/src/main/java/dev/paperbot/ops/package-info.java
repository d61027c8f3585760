/**
 * Running PaperBot as a service: the management port ({@code /health}, {@code /metrics}), answer
 * metrics and logs, the JDBC feedback store, a corpus read and reloaded at run time, and logging
 * set-up. Not API: adapters reach it through {@link dev.paperbot.Operations}, {@link
 * dev.paperbot.Feedback} and {@link dev.paperbot.PaperBot}; only {@link dev.paperbot.ops.Logs} is
 * meant to be called from a {@code main}.
 */
package dev.paperbot.ops;
