package anjuan.extract.fact;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How far an outcome implements a requirement. */
public enum MeasureStatus {
  /** Every clause of the requirement is covered by the outcome. */
  IMPLEMENTED,
  /** Some clauses are covered, some are not. */
  PARTIAL,
  /** There is an outcome, and it covers none of the clauses or says the measure was not carried out. */
  NOT_IMPLEMENTED,
  /** No outcome is stated (always so for the recommendations of an investigation report). */
  NO_OUTCOME;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
