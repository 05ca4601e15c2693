package anjuan.index;

import java.util.List;

/** Names of the index fields. */
public final class Fields {
  /** report: one document per report; file: the state of one input file (for incremental, resumable loads). */
  public static final String DOC_TYPE = "doc_type";
  public static final String ID = "id";
  public static final String PATH = "path";
  public static final String KIND = "kind";
  /** The kind, stored (the keyword field is not). */
  public static final String KIND_STORED = "kind_stored";
  public static final String TITLE = "title";
  /** Full text, analyzed with smartcn (words). */
  public static final String TEXT = "text";
  /** Title, case name, people and units as CJK bigrams: recall for names smartcn splits apart. */
  public static final String BIGRAMS = "bigrams";
  public static final String CASE_NAME = "case_name";
  public static final String TYPE = "type";
  public static final String GRADE = "grade";
  public static final String YEAR = "year";
  public static final String DATE = "date";
  public static final String PROVINCE = "province";
  public static final String CITY = "city";
  public static final String DISTRICT = "district";
  public static final String PLACE = "place";
  public static final String UNIT = "unit";
  /** Unit names as bigrams, so that {@code 区城市管理局} finds the full name. */
  public static final String UNIT_TEXT = "unit_text";
  public static final String PERSON = "person";
  public static final String SANCTION = "sanction";
  public static final String LAW = "law";
  /** Article keys at every level: law; law/article; law/article/pN; law/article/pN/iM; and each with @edition. */
  public static final String ARTICLE = "article";
  /** The accident facts as JSON, for case linking without reading whole records. */
  public static final String CASE_JSON = "case_json";
  /** The record as JSON, without its text (stored once, in {@link #TEXT}). */
  public static final String RECORD = "record";

  public static final String FILE_PATH = "file_path";
  public static final String FILE_STATE = "file_state";

  /** Facet dimensions, in the order search output lists them. */
  public static final List<String> FACETS = List.of(KIND, TYPE, GRADE, YEAR, PROVINCE, CITY, UNIT, SANCTION, LAW, PERSON);

  private Fields() {}
}
