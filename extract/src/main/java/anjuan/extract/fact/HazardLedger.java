package anjuan.extract.fact;

import anjuan.ingest.Span;

/**
 * A count of hazards found and rectified: {@code 发现隐患65项，64项已完成整改，1项正在整改中}.
 *
 * @param inspections units or visits inspected ({@code 检查1896家次}), when stated
 * @param rate the rectification rate in percent when written ({@code 整改率99.3%})
 */
public record HazardLedger(
    String unit, Integer found, Integer rectified, Integer pending, Integer inspections, Double rate, Span span) {}
