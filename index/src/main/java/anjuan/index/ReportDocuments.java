package anjuan.index;

import anjuan.extract.fact.CaseFacts;
import anjuan.extract.fact.Citation;
import anjuan.extract.fact.Handling;
import anjuan.extract.fact.Person;
import anjuan.extract.fact.Report;
import anjuan.ingest.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/** Maps a report record to its Lucene document and back. */
public final class ReportDocuments {
  /** Full text: stored for highlighting, with offsets in the postings for the unified highlighter. */
  static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
  }

  private static final int MAX_KEYWORD = 200;
  private static final FacetsConfig FACETS = facetsConfig();

  private ReportDocuments() {}

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : Fields.FACETS) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  public static FacetsConfig facets() {
    return FACETS;
  }

  /** The Lucene document of {@code report}, found at {@code paths}. */
  public static Document toDocument(Report report, Collection<String> paths) throws java.io.IOException {
    Document d = new Document();
    d.add(new StringField(Fields.DOC_TYPE, "report", Field.Store.NO));
    d.add(new StringField(Fields.ID, report.id(), Field.Store.YES));
    for (String p : paths) {
      d.add(new StringField(Fields.PATH, p, Field.Store.YES));
    }
    keyword(d, Fields.KIND, report.kind().wire());
    d.add(new StoredField(Fields.KIND_STORED, report.kind().wire()));
    if (report.title() != null) {
      d.add(new TextField(Fields.TITLE, report.title(), Field.Store.YES));
    }
    d.add(new Field(Fields.TEXT, report.text(), TEXT_TYPE));
    d.add(new TextField(Fields.BIGRAMS, names(report), Field.Store.NO));
    CaseFacts c = report.caseFacts();
    if (c.name() != null) {
      d.add(new TextField(Fields.CASE_NAME, c.name(), Field.Store.YES));
    }
    keyword(d, Fields.TYPE, c.type());
    keyword(d, Fields.GRADE, c.grade());
    if (c.date() != null && c.date().length() >= 4) {
      int year = Integer.parseInt(c.date().substring(0, 4));
      d.add(new IntPoint(Fields.YEAR, year));
      d.add(new StoredField(Fields.YEAR, year));
      d.add(new SortedSetDocValuesFacetField(Fields.YEAR, String.valueOf(year)));
      d.add(new StringField(Fields.DATE, c.date(), Field.Store.YES));
    }
    PlaceParts place = PlaceParts.of(c.place() != null ? c.place() : c.name());
    keyword(d, Fields.PROVINCE, place.province());
    keyword(d, Fields.CITY, place.city());
    if (place.district() != null) {
      d.add(new StringField(Fields.DISTRICT, place.district(), Field.Store.NO));
    }
    if (c.place() != null) {
      d.add(new TextField(Fields.PLACE, c.place(), Field.Store.NO));
    }
    for (String unit : units(report)) {
      keyword(d, Fields.UNIT, unit);
      d.add(new TextField(Fields.UNIT_TEXT, unit, Field.Store.NO));
    }
    for (Person p : report.people()) {
      keyword(d, Fields.PERSON, p.name());
    }
    for (String action : sanctions(report)) {
      keyword(d, Fields.SANCTION, action);
    }
    Set<String> laws = new LinkedHashSet<>();
    Set<String> articles = new LinkedHashSet<>();
    for (Citation citation : report.citations()) {
      laws.add(citation.law());
      articles.addAll(articleKeys(citation));
    }
    report.references().stream().filter(r -> !r.type().equals("document")).forEach(r -> laws.add(r.title()));
    for (String law : laws) {
      keyword(d, Fields.LAW, law);
    }
    for (String key : articles) {
      d.add(new StringField(Fields.ARTICLE, key, Field.Store.NO));
    }
    d.add(new StoredField(Fields.CASE_JSON, Json.mapper().writeValueAsString(report.caseFacts())));
    d.add(new StoredField(Fields.RECORD, recordWithoutText(report)));
    return FACETS.build(d);
  }

  /**
   * The short texts that are indexed as bigrams too: title, case name, people and units, where smartcn's segmentation
   * of an unknown name may differ between the report and the query.
   */
  static String names(Report r) {
    StringBuilder b = new StringBuilder();
    if (r.title() != null) {
      b.append(r.title()).append('\n');
    }
    if (r.caseFacts().name() != null) {
      b.append(r.caseFacts().name()).append('\n');
    }
    r.people().forEach(p -> b.append(p.name()).append('\n'));
    units(r).forEach(u -> b.append(u).append('\n'));
    return b.toString();
  }

  /** Every level of a citation's key, plain and with the edition ({@code 法@2018/133}). */
  public static List<String> articleKeys(Citation c) {
    List<String> keys = new ArrayList<>(c.key().levels());
    if (c.edition() != null) {
      for (String level : c.key().levels()) {
        keys.add(c.law() + "@" + c.edition() + level.substring(c.law().length()));
      }
    }
    return keys;
  }

  /** Units named by the record: the accident's unit, the units of measures and hazard ledgers. */
  static Set<String> units(Report r) {
    Set<String> units = new LinkedHashSet<>();
    if (r.caseFacts().unit() != null) {
      units.add(r.caseFacts().unit());
    }
    r.measures().stream().filter(m -> m.unit() != null).forEach(m -> units.add(m.unit()));
    r.hazards().stream().filter(h -> h.unit() != null).forEach(h -> units.add(h.unit()));
    return units;
  }

  /** Actions proposed or taken against anyone in the record. */
  static Set<String> sanctions(Report r) {
    Set<String> actions = new LinkedHashSet<>();
    for (Person p : r.people()) {
      for (Handling h : new Handling[] {p.proposed(), p.outcome()}) {
        if (h != null) {
          actions.addAll(h.actions());
        }
      }
    }
    return actions;
  }

  private static void keyword(Document d, String field, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    String v = value.length() > MAX_KEYWORD ? value.substring(0, MAX_KEYWORD) : value;
    d.add(new StringField(field, v, Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField(field, v));
  }

  /** The record with an empty text (the text is stored once, in its own field, and put back on reading). */
  private static byte[] recordWithoutText(Report report) throws JsonProcessingException {
    return Json.mapper().writeValueAsBytes(report.withText(""));
  }

  /**
   * The record stored for a document, with its text put back in its place and {@code paths} added: every file the
   * report was found at (the same report as .docx and .pdf is one record).
   */
  public static ObjectNode record(Document d) {
    try {
      ObjectNode stored = (ObjectNode) Json.mapper().readTree(d.getBinaryValue(Fields.RECORD).bytes);
      ObjectNode out = Json.mapper().createObjectNode();
      stored.fields().forEachRemaining(e -> out.set(e.getKey(), e.getKey().equals("text")
          ? out.textNode(d.get(Fields.TEXT)) : e.getValue()));
      ArrayNode paths = out.putArray("paths");
      for (String p : d.getValues(Fields.PATH)) {
        paths.add(p);
      }
      return out;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a stored record is not JSON", e);
    }
  }
}
