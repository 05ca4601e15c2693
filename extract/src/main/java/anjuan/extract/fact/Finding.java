package anjuan.extract.fact;

import anjuan.ingest.Span;

/**
 * Something an auditor should look at, derived from the facts of one document (never from raw text).
 *
 * @param kind {@code open_hazards}, {@code count_mismatch}, {@code no_outcome}, {@code partial_outcome},
 *     {@code weaker_than_proposed}, {@code accountability_lag}
 */
public record Finding(String kind, String detail, Span span) {}
