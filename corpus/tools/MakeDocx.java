import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Lays out a UTF-8 text report as a Word document the way offices do: the title lines (up to the first blank line)
 * centred in bold, body paragraphs in 三号 with a first-line indent, in a Simplified-Chinese font, optionally a running header and a
 * {@code - N -} page number in the footer.
 *
 * <p>Run: {@code java -cp cli/target/anjuan.jar corpus/tools/MakeDocx.java IN.txt OUT.docx [HEADER-TEXT]}
 */
public class MakeDocx {
  /** Simplified-Chinese glyphs: a Japanese fallback font draws some characters (翠, 坠) in forms OCR misreads. */
  static void font(XWPFRun run, String family) {
    run.setFontFamily(family);
    run.setFontFamily(family, XWPFRun.FontCharRange.eastAsia);
    var rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
    rPr.addNewLang().setEastAsia("zh-CN");
  }

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    try (XWPFDocument doc = new XWPFDocument()) {
      boolean inTitle = true;
      for (String line : lines) {
        if (line.isBlank()) {
          inTitle = false;
          doc.createParagraph();
          continue;
        }
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setText(line.strip());
        if (inTitle) {
          p.setAlignment(ParagraphAlignment.CENTER);
          run.setBold(true);
          run.setFontSize(18);
          font(run, "Noto Sans CJK SC"); // stands in for 方正小标宋简体 on machines without it
        } else {
          p.setIndentationFirstLine(640);
          run.setFontSize(16);
          font(run, "Noto Sans CJK SC"); // stands in for 仿宋_GB2312
        }
      }
      if (args.length > 2) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = header.createParagraph();
        hp.setAlignment(ParagraphAlignment.CENTER);
        hp.createRun().setText(args[2]);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = footer.createParagraph();
        fp.setAlignment(ParagraphAlignment.CENTER);
        fp.createRun().setText("- ");
        fp.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
        fp.createRun().setText(" -");
      }
      try (FileOutputStream out = new FileOutputStream(args[1])) {
        doc.write(out);
      }
    }
  }
}
