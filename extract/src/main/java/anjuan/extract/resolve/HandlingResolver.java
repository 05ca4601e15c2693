package anjuan.extract.resolve;

import anjuan.extract.fact.Citation;
import anjuan.extract.fact.DateFact;
import anjuan.extract.fact.Handling;
import anjuan.extract.fact.Person;
import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Ties each handling to what lies inside its text: its date (the first full date of the passage:
 * {@code 落实情况：2024年7月5日，…}) and the articles applied ({@code 依据《…》第一百四十九条…给予任**…}). A citation
 * names its person when it lies in the person's entry ({@code 违反了《…》第二十一条…，建议…}), or, outside entries, when
 * its sentence names one responsible person and no other ({@code 驾驶员张某…违反《道路交通安全法》第二十二条第一款}).
 */
public final class HandlingResolver {
  /** People with dated, cited handlings, and the citations with the person each was applied to. */
  public record Resolved(List<Person> people, List<Citation> citations) {}

  public Resolved resolve(List<Person> people, List<Citation> citations, List<DateFact> dates) {
    List<Citation> attributed = new ArrayList<>(citations);
    for (Person p : people) {
      if (p.entrySpan() != null) {
        for (int i = 0; i < attributed.size(); i++) {
          Citation c = attributed.get(i);
          if (c.person() == null && p.entrySpan().contains(c.span())) {
            attributed.set(i, c.withPerson(p.name()));
          }
        }
      }
    }
    List<Person> out = new ArrayList<>(people.size());
    for (Person p : people) {
      Handling proposed = attach(p.proposed(), p.name(), attributed, dates);
      Handling outcome = attach(p.outcome(), p.name(), attributed, dates);
      out.add(new Person(p.name(), p.masked(), p.responsible(), p.roles(), proposed, outcome, p.span(), p.entrySpan()));
    }
    return new Resolved(out, attributed);
  }

  /**
   * Outside entries: a citation whose sentence names exactly one person, that person responsible, before the
   * citation. {@code sentenceOf} gives the sentence span of an offset.
   */
  public List<Citation> attributeBySentence(List<Citation> citations, List<Person> people, String text,
      java.util.function.IntFunction<Span> sentenceOf) {
    List<Citation> out = new ArrayList<>(citations.size());
    for (Citation c : citations) {
      Span sentence = c.person() == null ? sentenceOf.apply(c.span().start()) : null;
      String named = null;
      int count = 0;
      if (sentence != null) {
        String before = text.substring(sentence.start(), c.span().start());
        for (Person p : people) {
          if (before.contains(p.name())) {
            count++;
            named = p.responsible() ? p.name() : null;
          }
        }
      }
      out.add(count == 1 && named != null ? c.withPerson(named) : c);
    }
    return out;
  }

  private static Handling attach(Handling h, String name, List<Citation> citations, List<DateFact> dates) {
    if (h == null || h.span() == null) {
      return h;
    }
    Span span = h.span();
    String date = dates.stream()
        .filter(d -> span.contains(d.span()) && d.precision().equals("day"))
        .map(DateFact::value)
        .findFirst()
        .orElse(dates.stream().filter(d -> span.contains(d.span())).map(DateFact::value).findFirst().orElse(null));
    List<Citation> applied = new ArrayList<>();
    for (int i = 0; i < citations.size(); i++) {
      Citation c = citations.get(i);
      if (span.contains(c.span())) {
        Citation withPerson = c.person() == null ? c.withPerson(name) : c;
        citations.set(i, withPerson);
        applied.add(withPerson);
      }
    }
    return new Handling(h.text(), date, h.action(), h.actions(), h.by(), applied, h.span());
  }
}
