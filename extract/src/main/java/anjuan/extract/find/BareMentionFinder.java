package anjuan.extract.find;

import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the law mentions that are not titles, by looking left from each {@code 第…条}: a catalogued name
 * ({@code 违反刑法第一百三十四条}), a short form ({@code 该条例第六条}) or an alias defined after an earlier title
 * ({@code （以下简称条例）… 条例第六条}); and the article-level words ({@code 本条第二款}, {@code 前款规定}).
 * Only the characters 条 and the last characters of the article-level words are scanned for; text inside titles is
 * skipped.
 */
final class BareMentionFinder {
  private final LawCatalog catalog;
  private final ShortForms shortForms;

  BareMentionFinder(LawCatalog catalog, ShortForms shortForms) {
    this.catalog = catalog;
    this.shortForms = shortForms;
  }

  /**
   * @param titles the titles of the text, in order
   */
  List<LawMention> find(String text, List<LawMention> titles) {
    List<LawMention> out = new ArrayList<>();
    List<LawMention> definitions = titles.stream().filter(t -> t.defines() != null).toList();
    int[] titleStarts = titles.stream().mapToInt(t -> t.span().start()).toArray();
    int[] titleEnds = titles.stream().mapToInt(t -> t.span().end()).toArray();
    String scanned = "条" + shortForms.articleWordEnds();
    for (int k = 0; k < scanned.length(); k++) {
      char target = scanned.charAt(k);
      if (k > 0 && scanned.indexOf(target) < k) {
        continue;
      }
      for (int i = text.indexOf(target); i >= 0; i = text.indexOf(target, i + 1)) {
        if (insideTitle(titleStarts, titleEnds, i)) {
          continue;
        }
        LawMention m = articleWord(text, i);
        if (m == null && target == '条') {
          m = beforeArticle(text, i, definitions);
        }
        if (m != null) {
          out.add(m);
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return out;
  }

  /** {@code 本条}, {@code 前款} ending at {@code i}, when followed by a paragraph, an item or a word of its row. */
  private LawMention articleWord(String text, int i) {
    ShortForms.Form f = shortForms.articleWordEndingAt(text, i + 1);
    if (f == null || (i + 1 < text.length() && text.charAt(i + 1) == '例')) {
      return null;
    }
    int tail = i + 1;
    boolean refined = !ArticleParser.parse(text, tail, false, true).refs().isEmpty();
    int after = ArticleParser.skipSpace(text, tail);
    boolean then = f.then().stream().anyMatch(w -> text.startsWith(w, after));
    if (!refined && !then) {
      return null;
    }
    int start = i + 1 - f.form().length();
    return new LawMention(LawMention.Kind.SAME_ARTICLE, f.form(), new Span(start, i + 1), null, tail, null, false);
  }

  /** The mention written right before the {@code 第…条} whose 条 is at {@code i}, or null. */
  private LawMention beforeArticle(String text, int i, List<LawMention> definitions) {
    int j = i;
    while (j > 0 && ArticleParser.isSpace(text.charAt(j - 1)) && i - j < 2) {
      j--;
    }
    int numStart = j;
    while (numStart > 0 && ArticleParser.isNumeral(text.charAt(numStart - 1)) && j - numStart < 8) {
      numStart--;
    }
    if (numStart == j) {
      return null;
    }
    int di = numStart;
    while (di > 0 && ArticleParser.isSpace(text.charAt(di - 1)) && numStart - di < 2) {
      di--;
    }
    if (di == 0 || text.charAt(di - 1) != '第') {
      return null;
    }
    int end = di - 1;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int aliasLength = 0;
    for (LawMention d : definitions) {
      String alias = d.defines();
      if (d.span().end() <= end - alias.length() && text.startsWith(alias, end - alias.length())
          && alias.length() > aliasLength) {
        aliasLength = alias.length();
      }
    }
    ShortForms.Form word = shortForms.lawWordEndingAt(text, end);
    int wordLength = word == null ? 0 : word.form().length();
    int nameLength = catalog.nameEndingAt(text, end);
    LawMention.Kind kind;
    int length;
    if (aliasLength > 0 && aliasLength >= wordLength && aliasLength >= nameLength) {
      kind = LawMention.Kind.ALIAS;
      length = aliasLength;
    } else if (wordLength > 0 && wordLength >= nameLength) {
      kind = LawMention.Kind.SHORT_FORM;
      length = wordLength;
    } else if (nameLength > 0) {
      kind = LawMention.Kind.NAMED;
      length = nameLength;
    } else {
      return null;
    }
    int start = end - length;
    String edition = kind == LawMention.Kind.NAMED ? Edition.before(text, start) : null;
    return new LawMention(kind, text.substring(start, end), new Span(start, end), edition, end, null, false);
  }

  private static boolean insideTitle(int[] starts, int[] ends, int offset) {
    int i = java.util.Arrays.binarySearch(starts, offset);
    int index = i >= 0 ? i : -i - 2;
    return index >= 0 && offset < ends[index];
  }
}
