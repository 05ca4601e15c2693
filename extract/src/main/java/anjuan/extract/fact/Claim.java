package anjuan.extract.fact;

import anjuan.ingest.Span;

/**
 * What a report claims about its own completeness: an empty problem list ({@code 附件1：…评估问题清单 无。}) or a
 * statement that the measures are implemented ({@code …落实整改。} in the overall assessment).
 *
 * @param kind {@code no_problems} or {@code all_implemented}
 */
public record Claim(String kind, String text, Span span) {}
