package io.newsstream.producer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The directory of the acceptance test: good files in every format and encoding, and one of each
 * kind of bad input.
 */
final class Inputs {
  /** Articles the directory holds. */
  static final int GOOD = 8;

  private Inputs() {}

  static void writeMixedDirectory(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("kazakh.txt"), Texts.KAZAKH);
    Files.writeString(dir.resolve("kazakh.txt.json"),
        "{\"url\": \"https://example.kz/kk/sessiya\", \"source\": \"example.kz\", \"title\": \"Сессия\","
            + " \"publishedAt\": \"2024-04-26T11:00:00+05:00\", \"language\": \"kk\"}");
    Files.write(dir.resolve("russian-1251.txt"), Texts.RUSSIAN.getBytes(Charset.forName("windows-1251")));
    Files.write(dir.resolve("sub/russian-koi8.txt"), (Texts.RUSSIAN + "\nКОИ-8.").getBytes(Charset.forName("KOI8-R")));
    Files.write(dir.resolve("kazakh-utf16.txt"), ("\uFEFF" + Texts.KAZAKH + "\nUTF-16.").getBytes(StandardCharsets.UTF_16LE));
    Files.writeString(dir.resolve("page.html"), "<html lang=ru><head><title>Сессия АНК</title></head>"
        + "<body><p>" + Texts.RUSSIAN.replace("\n", "</p><p>") + " HTML.</p></body></html>");
    Files.writeString(dir.resolve("two.json"), "[{\"text\": \"Первая статья массива, о сессии.\", \"url\": \"https://example.kz/1\"},"
        + " {\"text\": \"Екінші мақала, сессия туралы.\", \"url\": \"https://example.kz/2\"}]");
    Files.writeString(dir.resolve("feed.jsonl"), "{\"text\": \"Строка первая, о сессии Ассамблеи.\", \"url\": \"https://example.kz/3\"}\n"
        + "{\"text\": \"Строка вторая\", \"url\": \n"
        + "{\"text\": \"Строка третья, дата плохая.\", \"publishedAt\": \"вчера\"}\n");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    byte[] binary = new byte[2048];
    new Random(7).nextBytes(binary);
    binary[0] = 0;
    Files.write(dir.resolve("image.bin"), binary);
  }
}
