package anjuan.extract.fact;

import anjuan.ingest.ReportKind;
import anjuan.ingest.Section;
import anjuan.ingest.SourceInfo;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The {@code anjuan.report/1} record of one document (see shared/spec/record.md): the contract of the output. */
@JsonPropertyOrder({"schema", "id", "source", "title", "kind", "text", "sections", "case", "dates", "people",
    "citations", "references", "hazards", "activities", "measures", "claims", "findings"})
public record Report(
    String schema,
    String id,
    SourceInfo source,
    String title,
    ReportKind kind,
    String text,
    List<Section> sections,
    @JsonProperty("case") CaseFacts caseFacts,
    List<DateFact> dates,
    List<Person> people,
    List<Citation> citations,
    List<Reference> references,
    List<HazardLedger> hazards,
    List<Activity> activities,
    List<Measure> measures,
    List<Claim> claims,
    List<Finding> findings) {
  public static final String SCHEMA = "anjuan.report/1";

  public Report {
    sections = List.copyOf(sections);
    dates = List.copyOf(dates);
    people = List.copyOf(people);
    citations = List.copyOf(citations);
    references = List.copyOf(references);
    hazards = List.copyOf(hazards);
    activities = List.copyOf(activities);
    measures = List.copyOf(measures);
    claims = List.copyOf(claims);
    findings = List.copyOf(findings);
  }

  /** A copy with another text (the index stores the text apart from the rest of the record). */
  public Report withText(String other) {
    return new Report(schema, id, source, title, kind, other, sections, caseFacts, dates, people, citations,
        references, hazards, activities, measures, claims, findings);
  }

  /** A copy naming another source file (the same report found at a second path). */
  public Report withSource(SourceInfo other) {
    return new Report(schema, id, other, title, kind, text, sections, caseFacts, dates, people, citations,
        references, hazards, activities, measures, claims, findings);
  }
}
