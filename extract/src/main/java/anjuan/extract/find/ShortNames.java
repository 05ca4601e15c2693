package anjuan.extract.find;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short names a document defines for organizations: {@code 澄州市鸿泰化工有限公司（以下简称鸿泰公司）} makes
 * {@code 鸿泰公司} stand for the full name. The full name is the run of Han characters before the parenthesis, cut at
 * {@code 的} ({@code 位于…18号的澄州市鸿泰化工有限公司}), and must be an organization name.
 */
public final class ShortNames {
  private static final Pattern DEFINITION =
      Pattern.compile("[（(](?:以下简称|以下称|下称|简称)[:：]?[“\"]?([^（）()“”\"，,。；\\n]{2,20})[”\"]?[）)]");

  private final Map<String, String> fullNames;

  private ShortNames(Map<String, String> fullNames) {
    this.fullNames = fullNames;
  }

  public static ShortNames in(String text, OrganizationNames names) {
    Map<String, String> map = new HashMap<>();
    if (text.indexOf("简称") < 0 && text.indexOf("下称") < 0) {
      return new ShortNames(map);
    }
    Matcher m = DEFINITION.matcher(text);
    while (m.find()) {
      String full = fullNameBefore(text, m.start(), names);
      if (full != null) {
        map.putIfAbsent(m.group(1).strip(), full);
      }
    }
    return new ShortNames(map);
  }

  /** The full name for a short one, or {@code name} itself when the document defines none. */
  public String resolve(String name) {
    return name == null ? null : fullNames.getOrDefault(name, name);
  }

  public Map<String, String> definitions() {
    return Map.copyOf(fullNames);
  }

  private static String fullNameBefore(String text, int paren, OrganizationNames names) {
    int start = paren;
    while (start > 0 && paren - start < OrganizationNames.MAX_LENGTH) {
      char c = text.charAt(start - 1);
      if (c == '）' || c == ')') {
        int open = Math.max(text.lastIndexOf('（', start - 1), text.lastIndexOf('(', start - 1));
        if (open < 0 || start - open > OrganizationNames.MAX_LENGTH) {
          break;
        }
        start = open;
        continue;
      }
      if (!OrganizationNames.isNameChar(c) || c == '的') {
        break;
      }
      start--;
    }
    // drop leading words that cannot open a name until the rest is one: 经查鸿泰公司 → 鸿泰公司
    for (int s = start; paren - s >= 2; s++) {
      String candidate = text.substring(s, paren);
      if (names.isName(candidate)) {
        return candidate;
      }
      if (s - start >= 6) {
        break;
      }
    }
    return null;
  }
}
