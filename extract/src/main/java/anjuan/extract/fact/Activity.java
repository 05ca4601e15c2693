package anjuan.extract.fact;

import anjuan.ingest.Span;

/**
 * A training, meeting, study session or inspection campaign: {@code 召开12场安全生产工作培训例会，参训360余人次}.
 *
 * @param kind {@code training}, {@code meeting}, {@code study} or {@code inspection}
 * @param approximate true when a count is written with 余, 多, 约 or 左右
 */
public record Activity(
    String unit, String kind, Integer sessions, Integer attendance, boolean approximate, Span span) {}
