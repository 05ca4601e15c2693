package anjuan.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what a printed page repeats around the text: page numbers ({@code - 3 -}, {@code 第3页 共8页},
 * {@code 3/8}, a bare number) and running headers or footers (a line found at the top or bottom of most pages).
 */
final class PageCleaner {
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^\\s*(?:[-—－–]\\s*\\d{1,4}\\s*[-—－–]|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
          + "|\\d{1,4}\\s*/\\s*\\d{1,4}|\\d{1,4}|[Pp]age\\s*\\d+(?:\\s*of\\s*\\d+)?)\\s*$");
  private static final int EDGE_LINES = 2;

  private PageCleaner() {}

  static String clean(List<String> pages) {
    List<List<String>> lines = new ArrayList<>();
    for (String page : pages) {
      List<String> pageLines = new ArrayList<>(List.of(page.split("\n", -1)));
      pageLines.removeIf(l -> l.isBlank());
      lines.add(pageLines);
    }
    Map<String, Integer> edgeCounts = new HashMap<>();
    for (List<String> page : lines) {
      for (String edge : edges(page)) {
        edgeCounts.merge(key(edge), 1, Integer::sum);
      }
    }
    int pagesWithText = (int) lines.stream().filter(l -> !l.isEmpty()).count();
    StringBuilder out = new StringBuilder();
    for (List<String> page : lines) {
      int n = page.size();
      for (int i = 0; i < n; i++) {
        String line = page.get(i);
        boolean atEdge = i < EDGE_LINES || i >= n - EDGE_LINES;
        if (atEdge && (PAGE_NUMBER.matcher(line).matches() || isRunning(line, edgeCounts, pagesWithText))) {
          continue;
        }
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static List<String> edges(List<String> page) {
    List<String> edges = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (i < EDGE_LINES || i >= page.size() - EDGE_LINES) {
        edges.add(page.get(i));
      }
    }
    return edges;
  }

  /** Digits vary between pages ({@code 第3页}), so they do not count when comparing edge lines. */
  private static String key(String line) {
    return line.replaceAll("\\d+", "#").replaceAll("\\s+", "");
  }

  private static boolean isRunning(String line, Map<String, Integer> edgeCounts, int pages) {
    return pages >= 3 && key(line).length() > 0 && edgeCounts.getOrDefault(key(line), 0) >= Math.max(3, pages * 0.6);
  }
}
