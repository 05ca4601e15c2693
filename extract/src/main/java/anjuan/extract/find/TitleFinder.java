package anjuan.extract.find;

import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds titles in 《》 with what is attached to them: an edition year before ({@code 2018年《…》}) or after
 * ({@code 《…》（2018年修订）}), a definition ({@code （以下简称《条例》）}), a standard number
 * ({@code （GB 6441-1986）}) or an order number ({@code （国务院344号令）}) after which articles may follow.
 * Scans only from each 《; a title is at most {@value #MAX_TITLE} characters and spans at most two lines.
 */
final class TitleFinder {
  static final int MAX_TITLE = 100;
  private static final int MAX_PAREN = 40;
  private static final Pattern DEFINITION =
      Pattern.compile("(?:以下简称|以下称|下称|简称)[：:]?\\s*[《“\"]?([^《》“”\"（）()]{1,20}?)[》”\"]?");
  private static final Pattern ORDER_NUMBER = Pattern.compile("[^（）()《》\\n]{0,30}?号");

  private final TitleTypes types;

  TitleFinder(TitleTypes types) {
    this.types = types;
  }

  List<LawMention> find(String text) {
    List<LawMention> out = new ArrayList<>();
    int n = text.length();
    int i = text.indexOf('《');
    while (i >= 0) {
      int close = -1;
      int restart = -1;
      int lines = 0;
      int limit = Math.min(n, i + 1 + MAX_TITLE);
      for (int j = i + 1; j < limit; j++) {
        char c = text.charAt(j);
        if (c == '》') {
          close = j;
          break;
        }
        if (c == '《') {
          restart = j;
          break;
        }
        if (c == '\n' && ++lines > 1) {
          break;
        }
      }
      if (close < 0) {
        i = restart >= 0 ? restart : text.indexOf('《', i + 1);
        continue;
      }
      String written = LawCatalog.strip(text.substring(i + 1, close));
      if (hasWord(written)) {
        out.add(mention(text, i, close, written));
      }
      i = text.indexOf('《', close + 1);
    }
    return out;
  }

  private LawMention mention(String text, int open, int close, String written) {
    String edition = Edition.before(text, open);
    if (edition == null) {
      edition = Edition.trailing(written);
    }
    String defines = null;
    boolean standard = false;
    int tail = close + 1;
    for (int round = 0; round < 3; round++) {
      Span paren = parenthetical(text, tail);
      if (paren == null) {
        break;
      }
      String content = text.substring(paren.start() + 1, paren.end() - 1).strip();
      Matcher definition = DEFINITION.matcher(content);
      if (Edition.of(content) != null) {
        edition = edition != null ? edition : Edition.of(content);
      } else if (definition.matches()) {
        defines = definition.group(1).strip();
      } else if (types.isStandardNumber(content)) {
        standard = true;
      } else if (content.indexOf('《') >= 0 || content.indexOf('》') >= 0) {
        break;
      }
      tail = paren.end();
    }
    tail = afterUnclosedOrderNumber(text, tail);
    return new LawMention(LawMention.Kind.TITLE, written, new Span(open, close + 1), edition, tail, defines, standard);
  }

  /** A bracketed group of at most {@value #MAX_PAREN} characters on one line, at {@code pos} after spaces, or null. */
  private static Span parenthetical(String text, int pos) {
    int n = text.length();
    int i = ArticleParser.skipSpace(text, pos);
    if (i >= n || (text.charAt(i) != '（' && text.charAt(i) != '(')) {
      return null;
    }
    int limit = Math.min(n, i + 1 + MAX_PAREN);
    for (int j = i + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '）' || c == ')') {
        return new Span(i, j + 1);
      }
      if (c == '（' || c == '(' || c == '\n') {
        return null;
      }
    }
    return null;
  }

  /** {@code 《…》（交通运输部令2016年第55号第10条}: a parenthetical never closed; articles start after 号. */
  private static int afterUnclosedOrderNumber(String text, int pos) {
    if (pos >= text.length() || (text.charAt(pos) != '（' && text.charAt(pos) != '(')) {
      return pos;
    }
    Matcher m = ORDER_NUMBER.matcher(text);
    m.region(pos + 1, Math.min(text.length(), pos + 1 + MAX_PAREN));
    return m.lookingAt() ? m.end() : pos;
  }

  private static boolean hasWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
