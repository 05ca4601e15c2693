package anjuan.extract.derive;

import anjuan.extract.fact.CaseFacts;
import anjuan.extract.fact.Coverage;
import anjuan.extract.fact.Finding;
import anjuan.extract.fact.HazardLedger;
import anjuan.extract.fact.Measure;
import anjuan.extract.fact.MeasureStatus;
import anjuan.extract.fact.Person;
import anjuan.extract.sanction.Action;
import anjuan.extract.sanction.ActionVocabulary;
import anjuan.ingest.ReportKind;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Derives the findings of one document from its facts (never from raw text): open hazards, counts that do not add
 * up, measures without an outcome or with a partial one, handling weaker than proposed, and accountability more than
 * {@link #LAG_DAYS} days after the accident.
 */
public final class FindingDeriver {
  public static final int LAG_DAYS = anjuan.extract.data.Thresholds.days("accountability_lag_days");

  private final ActionVocabulary actions = ActionVocabulary.standard();

  public List<Finding> derive(ReportKind kind, CaseFacts accident, List<Person> people, List<HazardLedger> hazards,
      List<Measure> measures) {
    List<Finding> out = new ArrayList<>();
    for (HazardLedger h : hazards) {
      Integer open = openCount(h);
      String who = h.unit() == null ? "" : h.unit() + ": ";
      if (open != null && open > 0) {
        out.add(new Finding("open_hazards", who + open + " of " + h.found() + " hazards found are not rectified ("
            + h.rectified() + " rectified" + (h.pending() != null ? ", " + h.pending() + " still being rectified" : "")
            + ").", h.span()));
      }
      if (h.found() != null && h.rectified() != null && h.pending() != null && h.found() != h.rectified() + h.pending()) {
        out.add(new Finding("count_mismatch", who + h.found() + " hazards found, but " + h.rectified() + " rectified and "
            + h.pending() + " pending make " + (h.rectified() + h.pending()) + ".", h.span()));
      }
    }
    if (kind == ReportKind.EVALUATION) {
      for (Measure m : measures) {
        String who = m.unit() == null ? "A requirement" : "The requirement to " + m.unit();
        if (m.status() == MeasureStatus.NO_OUTCOME) {
          out.add(new Finding("no_outcome", who + " has no reported outcome.", m.requirement().span()));
        } else if (m.status() == MeasureStatus.PARTIAL) {
          String missing = m.coverage().stream().filter(c -> !c.covered()).map(Coverage::clause)
              .collect(Collectors.joining("; "));
          out.add(new Finding("partial_outcome", who + " is only partly covered by its outcome; not covered: "
              + missing + ".", m.outcome().span()));
        } else if (m.status() == MeasureStatus.NOT_IMPLEMENTED) {
          out.add(new Finding("not_implemented", who + " was not carried out according to its outcome.",
              m.outcome().span()));
        }
      }
      for (Person p : people) {
        if (p.responsible() && p.proposed() != null && p.outcome() == null) {
          out.add(new Finding("no_outcome", p.name() + " was proposed for " + p.proposed().action()
              + " but no outcome is reported.", p.proposed().span()));
        }
      }
    }
    for (Person p : people) {
      if (p.proposed() == null || p.outcome() == null || p.proposed().action() == null || p.outcome().action() == null) {
        continue;
      }
      Action proposed = actions.action(p.proposed().action());
      Action done = actions.action(p.outcome().action());
      if (proposed != null && done != null && done.isWeakerThan(proposed)) {
        out.add(new Finding("weaker_than_proposed", p.name() + " was proposed for " + proposed.name()
            + " but received " + done.name() + ".", p.outcome().span()));
      }
    }
    Finding lag = accountabilityLag(accident, people);
    if (lag != null) {
      out.add(lag);
    }
    return out;
  }

  /** Hazards still open: as stated, or found minus rectified when nothing is said about the rest. */
  static Integer openCount(HazardLedger h) {
    if (h.pending() != null) {
      return h.pending();
    }
    if (h.found() != null && h.rectified() != null && h.found() > h.rectified()) {
      return h.found() - h.rectified();
    }
    return null;
  }

  /**
   * More than {@link #LAG_DAYS} days from the accident to the first Party or government sanction (to the first
   * sanction of any kind when there is none).
   */
  private static Finding accountabilityLag(CaseFacts accident, List<Person> people) {
    LocalDate happened = parse(accident.date());
    if (happened == null) {
      return null;
    }
    // the first Party or government sanction of an official; company measures (免职 by the employer) come first and
    // fast, and would hide that the officials were sanctioned years late
    List<Person> sanctioned = people.stream()
        .filter(p -> p.responsible() && p.outcome() != null && p.outcome().action() != null && parse(p.outcome().date()) != null)
        .toList();
    List<Person> disciplined = sanctioned.stream().filter(p -> isDiscipline(p.outcome().action())).toList();
    Person first = (disciplined.isEmpty() ? sanctioned : disciplined).stream()
        .min(Comparator.comparing(p -> parse(p.outcome().date())))
        .orElse(null);
    if (first == null) {
      return null;
    }
    LocalDate firstDate = parse(first.outcome().date());
    long days = ChronoUnit.DAYS.between(happened, firstDate);
    if (days <= LAG_DAYS) {
      return null;
    }
    Period p = Period.between(happened, firstDate);
    String which = disciplined.isEmpty() ? "The first sanction" : "The first Party or government sanction";
    return new Finding("accountability_lag", which + " (" + first.outcome().action() + " for " + first.name()
        + " on " + firstDate + ") came " + p.getYears() + " years " + p.getMonths() + " months after the accident on "
        + happened + ".", first.outcome().span());
  }

  private static boolean isDiscipline(String action) {
    Action a = ActionVocabulary.standard().action(action);
    return a != null && (a.family().equals("party") || a.family().equals("government"));
  }

  private static LocalDate parse(String iso) {
    if (iso == null || iso.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
