/**
 * Measures: requirements addressed to units, the outcome each unit reports, and how far the outcome covers each
 * clause of the requirement. See {@link anjuan.extract.measure.MeasureExtractor} for where measures are found and
 * {@code CoverageMatcher} for how coverage is judged.
 */
package anjuan.extract.measure;
