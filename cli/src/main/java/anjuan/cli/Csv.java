package anjuan.cli;

import java.io.PrintWriter;

/** Writes RFC 4180 CSV rows: fields quoted when they hold a comma, quote or line break. */
final class Csv {
  private final PrintWriter out;

  Csv(PrintWriter out) {
    this.out = out;
  }

  void row(Object... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      String f = fields[i] == null ? "" : fields[i].toString();
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        f = '"' + f.replace("\"", "\"\"") + '"';
      }
      line.append(f);
    }
    out.print(line);
    out.print("\r\n");
  }
}
