package dev.paperbot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One clear line for a failure; a stack trace only for what is a bug, and only in the log. */
final class Errors {

  private static final Logger log = LoggerFactory.getLogger(Main.class);

  private Errors() {}

  /** The failure and its causes, each said once, without class names where the JDK's are noise. */
  static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String part = part(t);
      if (part.isEmpty() || sb.indexOf(part) >= 0) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(": ");
      }
      sb.append(part);
    }
    return sb.length() == 0 ? e.getClass().getName() : sb.toString();
  }

  private static String part(Throwable t) {
    String m = t.getMessage() == null ? "" : t.getMessage();
    if (t instanceof FileSystemException fs) {
      String file = fs.getFile() == null ? "" : fs.getFile();
      String what =
          switch (t) {
            case NoSuchFileException n -> "no such file or directory";
            case AccessDeniedException a -> "permission denied";
            case FileAlreadyExistsException f -> "exists and is not a directory";
            case NotDirectoryException n -> "not a directory";
            default -> fs.getReason() == null ? "file system error" : fs.getReason();
          };
      return file.isEmpty() ? what : file + " (" + what + ")";
    }
    if (t instanceof UncheckedIOException && t.getCause() != null) {
      // Its message is usually the cause's toString(); the cause speaks for itself.
      return m.equals(t.getCause().toString()) ? "" : m;
    }
    if (t instanceof IOException || t instanceof IllegalArgumentException) {
      return m;
    }
    if (t instanceof RuntimeException && !m.isEmpty() && t.getCause() == null) {
      return m;
    }
    return m.isEmpty() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + m;
  }

  /** I/O and configuration failures are the user's to fix; anything else is a bug worth a trace. */
  static void logInternal(Throwable e) {
    if (!(e instanceof IOException
        || e instanceof UncheckedIOException
        || e instanceof IllegalArgumentException)) {
      log.error("internal error", e);
    }
  }
}
