package anjuan.extract.find;

import anjuan.extract.Extractor;
import anjuan.extract.data.Tables;
import anjuan.extract.fact.Claim;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import anjuan.ingest.Section;
import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds an evaluation report's claims about itself (rules in {@code claims.tsv}): a problem list that says
 * {@code 无}, and sentences of the overall assessment saying the measures were carried out. Auditors compare them with
 * the report's own facts (open hazards, partial measures).
 */
public final class ClaimExtractor implements Extractor<Claim> {
  private record Rule(String kind, Pattern where, Pattern pattern, Pattern unless) {}

  private final List<Rule> rules = new ArrayList<>();

  public ClaimExtractor() {
    for (String[] row : Tables.read("claims.tsv", 5)) {
      rules.add(new Rule(row[0], row[1].isEmpty() ? null : Pattern.compile(row[1]), Pattern.compile(row[2]),
          row[4].isEmpty() ? null : Pattern.compile(row[4])));
    }
  }

  @Override
  public List<Claim> extract(DocumentText doc) {
    if (doc.kind() != ReportKind.EVALUATION) {
      return List.of();
    }
    String text = doc.text();
    List<Claim> out = new ArrayList<>();
    Set<Span> claimed = new HashSet<>();
    for (Rule rule : rules) {
      // only the sentences of the sections a rule is about are tested: the patterns need not scan the whole report
      for (Section section : doc.sections()) {
        if (rule.where != null && !rule.where.matcher(section.heading()).find()) {
          continue;
        }
        for (Span sentence : doc.sentencesIn(new Span(section.headingSpan().end(), section.span().end()))) {
          if (claimed.contains(sentence)) {
            continue;
          }
          String s = sentence.of(text);
          if (rule.pattern.matcher(s).find() && (rule.unless == null || !rule.unless.matcher(s).find())) {
            out.add(new Claim(rule.kind, s, sentence));
            claimed.add(sentence);
          }
        }
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

}
