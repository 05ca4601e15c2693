package anjuan.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The evidence shown with a hit: the sentence that cites an article, and whom it was applied to. */
final class Evidence {
  private static final int MAX_SENTENCE = 240;

  private Evidence() {}

  static List<String> citing(JsonNode record, String key) {
    String text = record.path("text").asText();
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode c : record.path("citations")) {
      List<String> keys = keys(c);
      if (!keys.contains(key)) {
        continue;
      }
      int start = c.path("span").get(0).asInt();
      int end = c.path("span").get(1).asInt();
      String sentence = sentence(text, start, end);
      String person = c.path("person").isNull() || c.path("person").isMissingNode() ? null : c.path("person").asText();
      out.add(sentence + (person != null ? "  ［适用于 " + person + "］" : ""));
    }
    return new ArrayList<>(out);
  }

  private static List<String> keys(JsonNode c) {
    anjuan.extract.fact.Citation citation = new anjuan.extract.fact.Citation(c.path("law").asText(),
        c.path("edition").isNull() ? null : c.path("edition").asText(), c.path("article").asInt(),
        c.path("sub").isNull() || c.path("sub").isMissingNode() ? null : c.path("sub").asInt(),
        c.path("paragraph").isNull() ? null : c.path("paragraph").asInt(),
        c.path("item").isNull() ? null : c.path("item").asInt(), null, null, null);
    return ReportDocuments.articleKeys(citation);
  }

  /** The sentence around {@code [start, end)}, marked with 【】, at most a few lines long. */
  static String sentence(String text, int start, int end) {
    int s = start;
    while (s > 0 && "。\n；".indexOf(text.charAt(s - 1)) < 0 && start - s < MAX_SENTENCE) {
      s--;
    }
    int e = end;
    while (e < text.length() && "。\n；".indexOf(text.charAt(e - 1 < 0 ? 0 : e - 1)) < 0 && e - end < MAX_SENTENCE) {
      e++;
    }
    return (text.substring(s, start) + "【" + text.substring(start, end) + "】" + text.substring(end, e)).strip();
  }
}
