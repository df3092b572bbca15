package io.newsstream.producer.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsstream.dlq.Refusal;
import io.newsstream.dlq.RejectReason;
import io.newsstream.producer.decode.TextDecoder;
import io.newsstream.producer.validate.ArticleDraft;
import io.newsstream.producer.validate.RefusedException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Files, directories and stdin as inputs. A directory is read recursively in name order; hidden
 * files and directories (a leading dot) are skipped, and so are sidecars: {@code NAME.txt.json}
 * beside {@code NAME.txt} holds that text's url, source, title, publishedAt and language.
 */
public final class PathSource {
  /** The path that means standard input. */
  public static final String STDIN = "-";

  private final InputReader reader;

  public PathSource(InputReader reader) {
    this.reader = reader;
  }

  /**
   * The files the given paths name: files as given, directories walked, {@code -} kept for stdin.
   * Sidecars are left out (their text brings them in), so {@code produce news/*} works. Paths
   * that do not exist or cannot be listed are kept, to be refused when read.
   */
  public static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (path.toString().equals(STDIN)) {
        files.add(path);
      } else if (Files.isDirectory(path)) {
        files.addAll(walk(path));
      } else if (!isSidecar(path)) {
        files.add(path);
      }
    }
    return files;
  }

  /** Whether a file is some text's sidecar, read with it rather than on its own. */
  public static boolean isSidecar(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".txt.json")
        && Files.exists(file.resolveSibling(name.substring(0, name.length() - ".json".length())));
  }

  /** The sidecar of a text file, if it has one. */
  public static Optional<Path> sidecarOf(Path file) {
    Path sidecar = file.resolveSibling(file.getFileName() + ".json");
    return Format.ofFileName(file.getFileName().toString()) == Format.TEXT && Files.exists(sidecar)
        ? Optional.of(sidecar)
        : Optional.empty();
  }

  /** Reads one file (or stdin for {@code -}) into the sink. */
  public void read(Path file, InputSink sink) {
    if (file.toString().equals(STDIN)) {
      readStdin(System.in, sink);
      return;
    }
    String origin = file.toAbsolutePath().normalize().toString();
    Optional<ArticleDraft> sidecar;
    try {
      sidecar = sidecarOf(file).map(PathSource::readSidecar);
    } catch (RefusedException e) {
      sink.accept(new Input.Refused(origin, e.refusal(), null, null));
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      reader.read(Format.ofFileName(file.getFileName().toString()), in, origin, Optional.empty(),
          sidecar, sink);
    } catch (NoSuchFileException e) {
      sink.accept(unreadable(origin, "no such file"));
    } catch (IOException e) {
      sink.accept(unreadable(origin, IoErrors.describe(e)));
    }
  }

  /** Reads standard input: JSON Lines, a JSON array, an HTML page or one plain text. */
  public void readStdin(InputStream stdin, InputSink sink) {
    BufferedInputStream in = new BufferedInputStream(stdin, TextDecoder.SAMPLE_BYTES);
    try {
      in.mark(TextDecoder.SAMPLE_BYTES);
      byte[] sample = in.readNBytes(TextDecoder.SAMPLE_BYTES);
      in.reset();
      reader.read(Format.sniff(sample, sample.length), in, "stdin", Optional.empty(),
          Optional.empty(), sink);
    } catch (IOException e) {
      sink.accept(unreadable("stdin", IoErrors.describe(e)));
    }
  }

  private static ArticleDraft readSidecar(Path sidecar) {
    String origin = sidecar.toAbsolutePath().normalize().toString();
    try {
      String json = TextDecoder.decode(Files.readAllBytes(sidecar), Optional.empty());
      return ArticleJson.toDraft(ArticleJson.parseWhole(json));
    } catch (RefusedException e) {
      throw new RefusedException(e.refusal().reason(), "sidecar " + origin + ": " + e.refusal().detail());
    } catch (JsonProcessingException e) {
      throw new RefusedException(RejectReason.MALFORMED_JSON, "sidecar " + origin + ": " + JsonErrors.describe(e));
    } catch (IOException e) {
      throw new RefusedException(RejectReason.READ_FAILED, "sidecar " + origin + ": " + IoErrors.describe(e));
    }
  }

  private static List<Path> walk(Path dir) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return isHidden(d) && !d.equals(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!isHidden(file) && !isSidecar(file) && !attrs.isDirectory()) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          files.add(file); // reading it will fail too, and say why
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      files.add(dir);
    }
    files.sort(null);
    return files;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static Input.Refused unreadable(String origin, String why) {
    return new Input.Refused(origin, new Refusal(RejectReason.READ_FAILED, "could not read: " + why), null, null);
  }
}
