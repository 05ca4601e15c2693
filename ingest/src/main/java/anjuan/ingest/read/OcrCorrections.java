package anjuan.ingest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Known misreadings of Tesseract in words that carry facts (a sanction, an accident type), kept as data in
 * {@code ocr-corrections.tsv}: OCR text only, and only strings that no report writes.
 */
final class OcrCorrections {
  private record Correction(String misread, String word) {}

  private static final List<Correction> TABLE = load();

  private OcrCorrections() {}

  static String apply(String text) {
    String out = text;
    for (Correction c : TABLE) {
      if (out.contains(c.misread())) {
        out = out.replace(c.misread(), c.word());
      }
    }
    return out;
  }

  private static List<Correction> load() {
    List<Correction> out = new ArrayList<>();
    try (InputStream in = OcrCorrections.class.getResourceAsStream("ocr-corrections.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length < 2 || cells[0].length() != cells[1].length()) {
          throw new IllegalStateException("ocr-corrections.tsv: a row needs a misreading and a word of its length: " + line);
        }
        out.add(new Correction(cells[0], cells[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(Comparator.comparingInt((Correction c) -> c.misread().length()).reversed());
    return List.copyOf(out);
  }
}
