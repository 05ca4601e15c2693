package anjuan.extract.find;

import anjuan.extract.Extractor;
import anjuan.extract.fact.HazardLedger;
import anjuan.extract.find.CountReader.Count;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds hazard ledgers, one per statement of hazards found and rectified:
 * {@code 共检查1896家次，发现隐患1796项，均已完成整改} → inspections 1896, found 1796, rectified 1796, pending 0.
 *
 * <p>A ledger opens with a count of hazards found ({@code 发现隐患65项}, {@code 查处隐患问题48条},
 * {@code 共发现65项隐患}); a count of inspections in the same or the clause before belongs to it; the clauses after it
 * in the same sentence, up to the next count found, give what was rectified ({@code 64项已完成整改},
 * {@code 已整改409处}), what is pending ({@code 1项正在整改中}, {@code 剩余3处正在整改}) and the rate
 * ({@code 整改率99.3%}). Numbers stay as written, even when they do not add up. Pending is 0 when the text says all
 * were rectified ({@code 均已完成整改}, {@code 已全部整改}) or the number rectified is the number found; otherwise an
 * unstated pending is null, never computed. A hazard sentence with a rate and no count found is a ledger of its rate
 * alone. Patterns and vocabularies are in {@code hazards.tsv}.
 */
public final class HazardExtractor implements Extractor<HazardLedger> {
  private final CountReader counts;
  private final RequirementMood mood;
  private final List<Pattern> found;
  private final Pattern inspection;
  private final List<Pattern> rectified;
  private final List<Pattern> pending;
  private final Pattern allRectified;
  private final Pattern rate;
  private final List<String> nouns;
  private final List<String> targets;
  private final UnitResolver.Rules unitRules;

  public HazardExtractor() {
    this(OrganizationNames.standard(), Vocabularies.HAZARDS, Vocabularies.CONTEXT);
  }

  public HazardExtractor(OrganizationNames names, PatternTable table, PatternTable context) {
    this.counts = new CountReader(table);
    this.mood = new RequirementMood(context);
    this.found = List.of(table.pattern("found"), table.pattern("found_number_first"));
    this.inspection = table.pattern("inspection");
    this.rectified = List.of(table.pattern("rectified_after"), table.pattern("rectified_before"));
    this.pending = List.of(table.pattern("pending_after"), table.pattern("pending_before"));
    this.allRectified = table.pattern("all_rectified");
    this.rate = table.pattern("rate");
    this.nouns = table.values("noun");
    this.targets = table.values("target");
    this.unitRules = UnitResolver.Rules.of(names, context, "共|" + table.regex("found_verb") + "|"
        + table.regex("inspection_verb") + "|" + Vocabularies.ACTIVITIES.regex("verb"));
  }

  @Override
  public List<HazardLedger> extract(DocumentText doc) {
    String text = doc.text();
    List<HazardLedger> out = new ArrayList<>();
    UnitResolver units = null;
    for (Span sentence : doc.sentences()) {
      if (!mayHoldLedger(text, sentence)) {
        continue;
      }
      if (units == null) {
        units = new UnitResolver(doc, unitRules);
      }
      ledgersIn(text, sentence, units, out);
    }
    return out;
  }

  /** Cheap test before any regex: a ledger names its hazards (隐患, 问题) or its rate (整改率). */
  private boolean mayHoldLedger(String text, Span s) {
    for (int i = s.start(); i < s.end() - 1; i++) {
      char c = text.charAt(i);
      char d = text.charAt(i + 1);
      if ((c == '隐' && d == '患') || (c == '问' && d == '题') || (c == '改' && d == '率')) {
        return true;
      }
    }
    return false;
  }

  private void ledgersIn(String text, Span sentence, UnitResolver units, List<HazardLedger> out) {
    List<Matcher> founds = Matches.leftmost(found, text, sentence.start(), sentence.end());
    if (founds.isEmpty()) {
      rateAlone(text, sentence, units, out);
      return;
    }
    int previousEnd = sentence.start();
    for (int i = 0; i < founds.size(); i++) {
      Matcher f = founds.get(i);
      int windowEnd = i + 1 < founds.size() ? founds.get(i + 1).start() : sentence.end();
      Count foundCount = counts.read(f, "found", text, -1);
      if (foundCount == null || mood.isRequirement(text, sentence.start(), f.start())) {
        previousEnd = f.end();
        continue;
      }
      int start = f.start();
      Integer inspections = null;
      Matcher insp = lastInspection(text, previousEnd, f.start());
      if (insp != null) {
        Count c = counts.read(insp, "inspections", text, -1);
        if (c != null) {
          inspections = c.value();
          start = insp.start();
        }
      }
      int end = f.end();
      List<Span> taken = new ArrayList<>();
      Integer pendingValue = null;
      Matcher p = first(pending, text, f.end(), windowEnd, taken);
      if (p != null) {
        pendingValue = value(counts.read(p, "pending", text, -1));
        taken.add(new Span(p.start(), p.end()));
        end = Math.max(end, p.end());
      }
      Integer rectifiedValue = null;
      Matcher r = first(rectified, text, f.end(), windowEnd, taken);
      if (r != null) {
        rectifiedValue = value(counts.read(r, "rectified", text, -1));
        taken.add(new Span(r.start(), r.end()));
        end = Math.max(end, r.end());
      }
      Matcher all = first(List.of(allRectified), text, f.end(), windowEnd, taken);
      if (all != null) {
        end = Math.max(end, all.end());
        if (pendingValue == null) {
          pendingValue = 0;
        }
        if (rectifiedValue == null) {
          rectifiedValue = foundCount.value();
        }
      }
      if (pendingValue == null && rectifiedValue != null && rectifiedValue == foundCount.value()) {
        pendingValue = 0;
      }
      Double rateValue = null;
      Matcher rt = Matches.in(rate, text, f.end(), windowEnd);
      if (rt.find()) {
        rateValue = Double.valueOf(rt.group("rate"));
        end = Math.max(end, rt.end());
      }
      out.add(new HazardLedger(units.unitAt(start), foundCount.value(), rectifiedValue, pendingValue, inspections,
          rateValue, new Span(start, end)));
      previousEnd = f.end();
    }
  }

  /** {@code 全年隐患整改率达98%}: a ledger of its rate alone, unless the rate is a target. */
  private void rateAlone(String text, Span sentence, UnitResolver units, List<HazardLedger> out) {
    Matcher rt = Matches.in(rate, text, sentence.start(), sentence.end());
    if (!rt.find() || !mentionsHazards(text, sentence) || mood.isRequirement(text, sentence.start(), rt.start())) {
      return;
    }
    int clause = Clauses.start(text, sentence.start(), rt.start());
    for (String t : targets) {
      int at = text.indexOf(t, clause);
      if (at >= 0 && at < rt.start()) {
        return;
      }
    }
    out.add(new HazardLedger(units.unitAt(clause), null, null, null, null, Double.valueOf(rt.group("rate")),
        new Span(clause, rt.end())));
  }

  private boolean mentionsHazards(String text, Span sentence) {
    String s = text.substring(sentence.start(), sentence.end());
    return nouns.stream().anyMatch(s::contains);
  }

  /** The last count of inspections in {@code [from, to)} that ends in the clause of {@code to} or the one before. */
  private Matcher lastInspection(String text, int from, int to) {
    List<Matcher> all = Matches.all(inspection, text, from, to);
    if (all.isEmpty()) {
      return null;
    }
    Matcher last = all.get(all.size() - 1);
    return Clauses.separatorsBetween(text, last.end(), to) > 1 ? null : last;
  }

  /** The earliest match of any pattern in {@code [from, to)} that overlaps none of {@code taken}. */
  private static Matcher first(List<Pattern> patterns, String text, int from, int to, List<Span> taken) {
    Matcher best = null;
    for (Pattern p : patterns) {
      for (Matcher m : Matches.all(p, text, from, to)) {
        Span s = new Span(m.start(), m.end());
        if (taken.stream().noneMatch(s::overlaps)) {
          if (best == null || m.start() < best.start()) {
            best = m;
          }
          break;
        }
      }
    }
    return best;
  }

  private static Integer value(Count c) {
    return c == null ? null : c.value();
  }
}
