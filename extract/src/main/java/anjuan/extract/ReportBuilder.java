package anjuan.extract;

import anjuan.extract.derive.FindingDeriver;
import anjuan.extract.fact.Activity;
import anjuan.extract.fact.CaseFacts;
import anjuan.extract.fact.Citation;
import anjuan.extract.fact.DateFact;
import anjuan.extract.fact.HazardLedger;
import anjuan.extract.fact.Measure;
import anjuan.extract.fact.Person;
import anjuan.extract.fact.Reference;
import anjuan.extract.fact.Report;
import anjuan.extract.find.CaseExtractor;
import anjuan.extract.find.ClaimExtractor;
import anjuan.extract.measure.MeasureExtractor;
import anjuan.extract.people.PersonFinder;
import anjuan.extract.resolve.HandlingResolver;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.ParsedDocument;
import java.util.List;

/**
 * Builds the full {@code anjuan.report/1} record of a parsed document in three steps: find (each extractor reads the
 * text on its own), resolve (handlings get their dates and articles, citations their person) and derive (findings
 * from the facts). Thread-safe: extractors hold no state between documents.
 */
public final class ReportBuilder {
  private final Extractor<DateFact> dates = Extractors.dates();
  private final Extractor<Citation> citations = Extractors.citations();
  private final Extractor<Reference> references = Extractors.references();
  private final Extractor<HazardLedger> hazards = Extractors.hazards();
  private final Extractor<Activity> activities = Extractors.activities();
  private final PersonFinder people = new PersonFinder();
  private final CaseExtractor accident = new CaseExtractor();
  private final MeasureExtractor measures = new MeasureExtractor();
  private final ClaimExtractor claims = new ClaimExtractor();
  private final HandlingResolver handlings = new HandlingResolver();
  private final FindingDeriver findings = new FindingDeriver();

  /**
   * An investigation report counts the accident unit's trainings in its analysis of causes (仅组织全员安全培训1次):
   * an activity without its own unit there is the accident unit's.
   */
  private static List<Activity> withUnits(List<Activity> found, ParsedDocument parsed, CaseFacts accident) {
    if (parsed.kind() != anjuan.ingest.ReportKind.INVESTIGATION || accident.unit() == null) {
      return found;
    }
    return found.stream().map(a -> a.unit() != null ? a
        : new Activity(accident.unit(), a.kind(), a.sessions(), a.attendance(), a.approximate(), a.span())).toList();
  }

  public Report build(ParsedDocument parsed) {
    DocumentText doc = new DocumentText(parsed.text(), parsed.sections(), parsed.kind());
    List<DateFact> foundDates = dates.extract(doc);
    List<Citation> foundCitations = citations.extract(doc);
    List<Person> foundPeople = people.extract(doc);
    HandlingResolver.Resolved resolved = handlings.resolve(foundPeople, foundCitations, foundDates);
    List<Citation> citedPeople =
        handlings.attributeBySentence(resolved.citations(), resolved.people(), doc.text(), doc::sentenceAt);
    CaseFacts caseFacts = accident.extract(doc).get(0);
    List<HazardLedger> foundHazards = hazards.extract(doc);
    List<Measure> foundMeasures = measures.extract(doc);
    return new Report(Report.SCHEMA, parsed.id(), parsed.source(), parsed.title(), parsed.kind(), parsed.text(),
        parsed.sections(), caseFacts, foundDates, resolved.people(), citedPeople, references.extract(doc),
        foundHazards, withUnits(activities.extract(doc), parsed, caseFacts), foundMeasures, claims.extract(doc),
        findings.derive(parsed.kind(), caseFacts, resolved.people(), foundHazards, foundMeasures));
  }
}
