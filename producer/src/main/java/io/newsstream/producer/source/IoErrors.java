package io.newsstream.producer.source;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why an input could not be read, in plain words: an exception's class name
 * ({@code AccessDeniedException}, Jetty's {@code EofException}) means nothing to the sender.
 */
public final class IoErrors {
  private IoErrors() {}

  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof NotDirectoryException) {
      return "not a directory";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    } else if (e instanceof EOFException || e.getClass().getSimpleName().equals("EofException")) {
      return "the input ended early (the connection was closed)";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "an input/output error" : message;
  }
}
