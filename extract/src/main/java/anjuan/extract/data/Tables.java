package anjuan.extract.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tab-separated data files under {@code anjuan/extract/} on the class path: one row per line, {@code #}
 * starts a comment line, columns split on tabs (a row may have fewer columns than the header; missing ones are "").
 */
public final class Tables {
  private Tables() {}

  public static List<String[]> read(String name, int columns) {
    String resource = "/anjuan/extract/" + name;
    try (InputStream in = Tables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + resource);
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = Arrays.copyOf(line.split("\t", -1), columns);
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i] == null ? "" : cells[i].strip();
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
