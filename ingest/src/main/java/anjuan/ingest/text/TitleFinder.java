package anjuan.ingest.text;

import anjuan.ingest.ReportKind;
import java.util.regex.Pattern;

/** Reads the title of a report from its first lines, and the report's kind from the title. */
public final class TitleFinder {
  private static final int MAX_TITLE = 120;
  private static final int LINES_TO_SCAN = 8;
  /** Header lines that stand above a title: document numbers, 文件 mastheads, urgency and secrecy marks, dates. */
  private static final Pattern NOT_A_TITLE = Pattern.compile(
      "〔\\d{4}〕|\\[\\d{4}\\]|\\d+号$|文件$|^(?:特急|加急|急件|平急|机密|秘密|内部|公开)|^\\d{4}年\\d{1,2}月\\d{1,2}日$|^[（(][^）)]*[）)]$"
      + "|^(?:发布|来源|时间|字号|作者|浏览|打印)");
  private static final Pattern TITLE_WORD =
      Pattern.compile("(?:调查报告|评估报告|报告|批复|通报|决定|通知|意见|清单|函|情况)(?:[（(].*[）)])?$");

  public String title(String text) {
    String fallback = null;
    int scanned = 0;
    int lineStart = 0;
    while (lineStart < text.length() && scanned < LINES_TO_SCAN) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      String line = text.substring(lineStart, lineEnd).strip();
      lineStart = lineEnd + 1;
      if (line.isEmpty()) {
        continue;
      }
      scanned++;
      if (NOT_A_TITLE.matcher(line).find() || line.length() > MAX_TITLE || HeadingMarker.at(line) != null) {
        if (line.length() > MAX_TITLE || HeadingMarker.at(line) != null) {
          break; // the body has begun
        }
        continue;
      }
      if (TITLE_WORD.matcher(line).find()) {
        return line;
      }
      if (fallback == null && !line.endsWith("。") && line.indexOf('，') < 0) {
        fallback = line;
      }
    }
    return fallback;
  }

  public ReportKind kind(String title, String text) {
    String basis = title != null ? title : text.substring(0, Math.min(200, text.length()));
    if (basis.contains("评估")) {
      return ReportKind.EVALUATION;
    }
    if (basis.contains("批复")) {
      return ReportKind.APPROVAL;
    }
    if (basis.contains("调查报告")) {
      return ReportKind.INVESTIGATION;
    }
    if (basis.contains("通报") || basis.contains("决定") || basis.contains("通知")) {
      return ReportKind.NOTICE;
    }
    return ReportKind.OTHER;
  }
}
