/**
 * The facts of a report as immutable records, and the {@link anjuan.extract.fact.Report} that holds them: the
 * {@code anjuan.report/1} contract (field names are written snake_case).
 */
package anjuan.extract.fact;
