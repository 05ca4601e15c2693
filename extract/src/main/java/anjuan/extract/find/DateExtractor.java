package anjuan.extract.find;

import anjuan.extract.Extractor;
import anjuan.extract.fact.DateFact;
import anjuan.extract.number.ChineseNumerals;
import anjuan.extract.resolve.DateResolver;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds calendar dates, months and years ({@code 2024年7月5日}, {@code 2020.11.24}, {@code 6月中旬}, {@code 次日},
 * {@code 2024年以来}) with the rules of {@code dates.tsv}, then lets {@link DateResolver} fill what a mention leaves
 * to the context. Edition years, document numbers, durations and case names such as {@code “11·24”} are not dates.
 */
public final class DateExtractor implements Extractor<DateFact> {
  static final int MIN_YEAR = 1949;
  static final int MAX_YEAR = 2100;

  private final DateRules rules;
  private final DateResolver resolver = new DateResolver();

  public DateExtractor() {
    this(DateRules.standard());
  }

  public DateExtractor(DateRules rules) {
    this.rules = rules;
  }

  @Override
  public List<DateFact> extract(DocumentText doc) {
    return resolver.resolve(mentions(doc.text()), doc.text());
  }

  /** Every date as written, in document order, with the parts it writes; out-of-range years are left out. */
  public List<DateMention> mentions(String text) {
    List<DateMention> out = new ArrayList<>();
    // Transparent bounds: guards such as (?<!》（) and (?!版) look past the region exactly as in the whole text.
    Matcher m = rules.combined().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int next = 0;
    for (int[] range : DateWindows.starts(text)) {
      for (int p = Math.max(range[0], next); p < range[1]; p++) {
        if (DateWindows.canStart(text.charAt(p))) {
          m.region(p, Math.min(text.length(), p + DateWindows.LONGEST));
          if (m.lookingAt()) {
            add(out, m);
            next = m.end();
            p = next - 1;
          }
        }
      }
    }
    return out;
  }

  /** As {@link #mentions} but scanning the whole text, for checking that the windows lose nothing. */
  List<DateMention> mentionsWithoutWindows(String text) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = rules.combined().matcher(text);
    while (m.find()) {
      add(out, m);
    }
    return out;
  }

  private void add(List<DateMention> out, Matcher m) {
    int i = rules.ruleOf(m);
    DateRule rule = rules.rules().get(i);
    Integer year = number(rules.part(m, i, 0));
    Integer month = number(rules.part(m, i, 1));
    Integer day = number(rules.part(m, i, 2));
    if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
      return;
    }
    out.add(new DateMention(new Span(m.start(), m.end()), m.group(), rule.precision(), year, month, day,
        rule.shift()));
  }

  /** Arabic or Chinese digits; ○ (a circle often typed for 〇) reads as zero, 元 (of 元月) as one. */
  private static Integer number(String digits) {
    if (digits == null) {
      return null;
    }
    if (digits.charAt(0) <= '9') {
      return Integer.valueOf(digits); // the patterns give at most four ASCII digits
    }
    return ChineseNumerals.parseInt(digits.replace('○', '〇').replace('元', '一'));
  }
}
