package anjuan.extract.fact;

import anjuan.ingest.Span;

/**
 * A calendar date, month or year at which something happened or was done.
 *
 * @param value ISO-8601 at the precision written: {@code 2024-07-05}, {@code 2024-06}, {@code 2024}
 * @param precision {@code day}, {@code month} or {@code year}
 * @param inferred true when the year was taken from the context ({@code 6月中旬} after {@code 2024年以来})
 */
public record DateFact(String text, String value, String precision, boolean inferred, Span span) {}
