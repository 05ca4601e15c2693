package anjuan.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes a report text as a file of the given format: UTF-8 plain text, or a Word document of one paragraph a line. */
public final class CorpusWriter {
  private CorpusWriter() {}

  public static void write(Path file, String text, String format) throws Exception {
    switch (format) {
      case "txt" -> Files.writeString(file, text, StandardCharsets.UTF_8);
      case "docx" -> {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(file)) {
          for (String line : text.split("\n", -1)) {
            doc.createParagraph().createRun().setText(line);
          }
          doc.write(o);
        }
      }
      default -> throw new UsageException("formats are txt and docx, not " + format);
    }
  }
}
