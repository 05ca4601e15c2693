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
 * {@code 落实情况：2024年7月5日，…}) and the articles applied ({@code 依据《…》第一百四十九条…给予任**…}), which thereby
 * name their person.
 */
public final class HandlingResolver {
  /** People with dated, cited handlings, and the citations with the person each was applied to. */
  public record Resolved(List<Person> people, List<Citation> citations) {}

  public Resolved resolve(List<Person> people, List<Citation> citations, List<DateFact> dates) {
    List<Citation> attributed = new ArrayList<>(citations);
    List<Person> out = new ArrayList<>(people.size());
    for (Person p : people) {
      Handling proposed = attach(p.proposed(), p.name(), attributed, dates);
      Handling outcome = attach(p.outcome(), p.name(), attributed, dates);
      out.add(new Person(p.name(), p.masked(), p.responsible(), p.roles(), proposed, outcome, p.span()));
    }
    return new Resolved(out, attributed);
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
