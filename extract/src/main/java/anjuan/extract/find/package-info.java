/**
 * Finders: one class per fact kind, pure functions from text to facts with spans. Citations: law titles, the
 * articles cited after them and the short forms standing for them, each resolved to its law.
 *
 * <p>A finder reads its patterns from a data file under {@code anjuan/extract/} where every rule carries an example
 * that a test checks. {@link anjuan.extract.find.DateExtractor} for instance turns
 * {@code 2024年以来，6月中旬对40家单位进行培训} into {@code 2024} (year, as written) and {@code 2024-06} (month, year
 * inferred from the context).
 */
package anjuan.extract.find;
