package anjuan.index.gaps;

import anjuan.extract.data.Thresholds;
import anjuan.extract.fact.Claim;
import anjuan.extract.fact.Coverage;
import anjuan.extract.fact.Finding;
import anjuan.extract.fact.Measure;
import anjuan.extract.fact.MeasureStatus;
import anjuan.extract.fact.Person;
import anjuan.extract.fact.Report;
import anjuan.extract.sanction.Action;
import anjuan.extract.sanction.ActionVocabulary;
import anjuan.index.cases.CaseLinker;
import anjuan.index.cases.CaseLinker.AccidentCase;
import anjuan.ingest.ReportKind;
import anjuan.index.cases.UnitMatcher;
import anjuan.ingest.Span;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds, per accident, what was recommended and never implemented: it joins the investigation report's
 * recommendations and responsible people with the evaluation reports of the same case, and reads each evaluation's
 * own findings and claims. See package-info for how recommendations are matched to outcomes.
 */
public final class GapFinder {
  private static final int EVALUATION_DUE_DAYS = Thresholds.days("evaluation_due_days");
  private static final double REQUIREMENT_SIMILARITY = Thresholds.get("requirement_similarity");

  private final ActionVocabulary actions = ActionVocabulary.standard();
  private final LocalDate today;

  /** @param today the date against which a missing evaluation is judged overdue */
  public GapFinder(LocalDate today) {
    this.today = today;
  }

  /** Loads the full record of a report of the case. */
  public interface Records {
    Report load(String id) throws java.io.IOException;
  }

  public List<Gap> find(AccidentCase c, Records records) throws java.io.IOException {
    List<Report> all = new ArrayList<>();
    for (CaseLinker.CaseRef ref : c.reports()) {
      all.add(records.load(ref.id()));
    }
    return find(c, all);
  }

  /** The gaps of one case whose reports are {@code reports} (in the case's order). */
  public List<Gap> find(AccidentCase c, List<Report> reports) {
    List<Gap> out = new ArrayList<>();
    List<Report> investigations = reports.stream().filter(r -> r.kind() == ReportKind.INVESTIGATION).toList();
    List<Report> evaluations = reports.stream().filter(r -> r.kind() == ReportKind.EVALUATION).toList();
    for (Report r : reports) {
      for (Finding f : r.findings()) {
        if (f.kind().equals("open_hazards") || f.kind().equals("count_mismatch")) {
          out.add(gap(f.kind(), c, List.of(r), f.detail(), List.of(evidence(r, f.span()))));
        }
      }
    }
    if (!investigations.isEmpty() && evaluations.isEmpty()) {
      LocalDate happened = date(c.date());
      if (happened != null && ChronoUnit.DAYS.between(happened, today) > EVALUATION_DUE_DAYS) {
        Report inv = investigations.get(0);
        out.add(gap("missing_evaluation", c, investigations, "The accident of " + happened + " is "
            + ChronoUnit.DAYS.between(happened, today) / 365 + " year(s) old and no evaluation report of this case is"
            + " loaded (evaluations are due within " + EVALUATION_DUE_DAYS + " days).",
            List.of(evidence(inv, new Span(0, Math.min(inv.text().length(), firstLineEnd(inv.text())))))));
      }
    }
    if (!evaluations.isEmpty()) {
      out.addAll(measureGaps(c, investigations, evaluations));
      out.addAll(personGaps(c, investigations, evaluations));
      for (Report e : evaluations) {
        Gap claim = unsupportedClaim(c, e);
        if (claim != null) {
          out.add(claim);
        }
      }
    }
    Gap lag = accountabilityLag(c, reports);
    if (lag != null) {
      out.add(lag);
    }
    return out;
  }

  private List<Gap> measureGaps(AccidentCase c, List<Report> investigations, List<Report> evaluations) {
    List<Gap> out = new ArrayList<>();
    List<Report> sources = investigations.isEmpty() ? List.of() : investigations;
    Set<Measure> matched = new HashSet<>();
    for (Report inv : sources) {
      for (Measure rec : inv.measures()) {
        Match m = match(rec, evaluations);
        if (m == null) {
          out.add(gap("unimplemented_measure", c, List.of(inv), "The recommendation to " + unit(rec)
              + " has no requirement→outcome pair in the evaluation report(s).",
              List.of(evidence(inv, rec.requirement().span()))));
          continue;
        }
        matched.add(m.measure);
        Gap g = statusGap(c, inv, rec, m.report, m.measure);
        if (g != null) {
          out.add(g);
        }
      }
    }
    for (Report e : evaluations) {
      for (Measure m : e.measures()) {
        if (!matched.contains(m)) {
          Gap g = statusGap(c, null, null, e, m);
          if (g != null) {
            out.add(g);
          }
        }
      }
    }
    return out;
  }

  private Gap statusGap(AccidentCase c, Report inv, Measure rec, Report eval, Measure m) {
    List<Report> docs = inv == null ? List.of(eval) : List.of(inv, eval);
    List<Gap.Evidence> ev = new ArrayList<>();
    if (inv != null) {
      ev.add(evidence(inv, rec.requirement().span()));
    }
    ev.add(evidence(eval, m.outcome() != null ? m.outcome().span() : m.requirement().span()));
    String who = unit(inv != null ? rec : m);
    if (m.status() == MeasureStatus.PARTIAL) {
      String missing = m.coverage().stream().filter(x -> !x.covered()).map(Coverage::clause)
          .collect(Collectors.joining("; "));
      return gap("partial_measure", c, docs, "The outcome reported for " + who + " covers only part of the "
          + "requirement; not covered: " + missing + ".", ev);
    }
    if (m.status() == MeasureStatus.NOT_IMPLEMENTED || m.status() == MeasureStatus.NO_OUTCOME) {
      return gap("unimplemented_measure", c, docs, "The requirement to " + who + " is "
          + (m.status() == MeasureStatus.NO_OUTCOME ? "listed without an outcome" : "not carried out") + ".", ev);
    }
    return null;
  }

  private record Match(Report report, Measure measure) {}

  /** The evaluation pair of a recommendation: by unit first, else by the wording of the requirement. */
  private static Match match(Measure rec, List<Report> evaluations) {
    for (Report e : evaluations) {
      for (Measure m : e.measures()) {
        if (UnitMatcher.same(rec.unit(), m.unit())) {
          return new Match(e, m);
        }
      }
    }
    Match best = null;
    double bestScore = REQUIREMENT_SIMILARITY;
    for (Report e : evaluations) {
      for (Measure m : e.measures()) {
        double score = Similarity.bigrams(rec.requirement().text(), m.requirement().text());
        if (score >= bestScore) {
          bestScore = score;
          best = new Match(e, m);
        }
      }
    }
    return best;
  }

  private List<Gap> personGaps(AccidentCase c, List<Report> investigations, List<Report> evaluations) {
    List<Gap> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Report inv : investigations) {
      for (Person p : inv.people()) {
        if (!p.responsible() || p.proposed() == null || !seen.add(p.name())) {
          continue;
        }
        Report where = null;
        Person handled = null;
        for (Report e : evaluations) {
          for (Person q : e.people()) {
            if (q.name().equals(p.name()) && q.responsible()) {
              where = e;
              handled = q;
            }
          }
        }
        if (handled == null || handled.outcome() == null) {
          out.add(gap("unhandled_person", c, handled == null ? List.of(inv) : List.of(inv, where), p.name()
              + " was proposed for " + p.proposed().action() + " in the investigation report, but the evaluation "
              + (handled == null ? "does not name " + p.name() : "reports no outcome") + ".",
              List.of(evidence(inv, p.proposed().span()))));
          continue;
        }
        Gap w = weaker(c, inv, p, where, handled);
        if (w != null) {
          out.add(w);
        }
      }
    }
    if (investigations.isEmpty()) {
      for (Report e : evaluations) {
        for (Person q : e.people()) {
          Gap w = q.proposed() == null ? null : weaker(c, e, q, e, q);
          if (w != null) {
            out.add(w);
          }
        }
      }
    }
    return out;
  }

  private Gap weaker(AccidentCase c, Report proposedIn, Person proposer, Report doneIn, Person done) {
    if (proposer.proposed().action() == null || done.outcome() == null || done.outcome().action() == null) {
      return null;
    }
    Action proposed = actions.action(proposer.proposed().action());
    Action outcome = actions.action(done.outcome().action());
    if (proposed == null || outcome == null || !outcome.isWeakerThan(proposed)) {
      return null;
    }
    List<Report> docs = proposedIn == doneIn ? List.of(doneIn) : List.of(proposedIn, doneIn);
    return gap("weaker_than_proposed", c, docs, done.name() + " was proposed for " + proposed.name()
        + " but received " + outcome.name() + ".",
        List.of(evidence(proposedIn, proposer.proposed().span()), evidence(doneIn, done.outcome().span())));
  }

  /** An evaluation that says all is done while its own facts show open hazards or partial measures. */
  private Gap unsupportedClaim(AccidentCase c, Report e) {
    if (e.claims().isEmpty()) {
      return null;
    }
    List<Gap.Evidence> contrary = new ArrayList<>();
    List<String> what = new ArrayList<>();
    for (Finding f : e.findings()) {
      if (f.kind().equals("open_hazards")) {
        contrary.add(evidence(e, f.span()));
        what.add("open hazards");
      }
    }
    for (Measure m : e.measures()) {
      if (m.status() == MeasureStatus.PARTIAL || m.status() == MeasureStatus.NOT_IMPLEMENTED) {
        contrary.add(evidence(e, m.outcome().span()));
        what.add((m.status() == MeasureStatus.PARTIAL ? "a partly implemented measure" : "a measure not carried out")
            + (m.unit() == null ? "" : " (" + m.unit() + ")"));
      }
    }
    if (contrary.isEmpty()) {
      return null;
    }
    List<Gap.Evidence> ev = new ArrayList<>();
    for (Claim claim : e.claims()) {
      ev.add(evidence(e, claim.span()));
    }
    ev.addAll(contrary);
    String claims = e.claims().stream().map(x -> x.kind().equals("no_problems") ? "its problem list says 无"
        : "its assessment says the measures are carried out").distinct().collect(Collectors.joining(" and "));
    return gap("unsupported_claim", c, List.of(e), "The evaluation claims all is done (" + claims
        + ") while its own facts show " + what.stream().distinct().collect(Collectors.joining(", ")) + ".", ev);
  }

  private Gap accountabilityLag(AccidentCase c, List<Report> reports) {
    for (Report r : reports) {
      for (Finding f : r.findings()) {
        if (f.kind().equals("accountability_lag")) {
          return gap("accountability_lag", c, List.of(r), f.detail(), List.of(evidence(r, f.span())));
        }
      }
    }
    return null;
  }

  private static Gap gap(String kind, AccidentCase c, List<Report> docs, String detail, List<Gap.Evidence> evidence) {
    List<Gap.Document> refs = docs.stream().map(r -> new Gap.Document(r.id(), r.source().path(), r.kind().wire())).toList();
    return new Gap(kind, c.name(), c.date(), refs, detail, evidence);
  }

  static Gap.Evidence evidence(Report r, Span span) {
    Span s = span == null ? new Span(0, 0) : span;
    return new Gap.Evidence(r.id(), r.source().path(), s, s.of(r.text()));
  }

  private static String unit(Measure m) {
    return m.unit() == null ? "an unnamed unit" : m.unit();
  }

  private static int firstLineEnd(String text) {
    int i = text.indexOf('\n');
    return i < 0 ? text.length() : i;
  }

  private static LocalDate date(String iso) {
    try {
      return iso == null || iso.length() != 10 ? null : LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
