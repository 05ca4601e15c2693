package anjuan.extract.find;

import anjuan.ingest.Span;
import java.util.Locale;

/**
 * A date as written, before the context fills what it leaves out. A null part was not written: {@code 6月中旬} has no
 * year, {@code 次日} has no year, month or day but a shift of one day.
 *
 * @param shift days to add to the preceding day, for relative days ({@code 次日} 1, {@code 当日} 0); else null
 */
public record DateMention(
    Span span, String text, Precision precision, Integer year, Integer month, Integer day, Integer shift) {

  /** How much of the calendar a date names. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR;

    /** The name used in the record: {@code day}, {@code month}, {@code year}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Precision of(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }
}
