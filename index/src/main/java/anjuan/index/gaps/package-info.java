/**
 * Gaps: what was recommended and never implemented, across the reports of one accident.
 *
 * <h2>How recommendations are matched to outcomes</h2>
 * An investigation report's recommendations are measures addressed to units ({@code （四）澄州市滨江区沙湾街道办事处要…});
 * an evaluation report lists, per unit, the requirement it quotes and the outcome ({@code 事故调查报告要求：…
 * 落实情况：…}). A recommendation is matched to the evaluation pair of the same unit, units compared by
 * {@link anjuan.index.cases.UnitMatcher} ({@code 乌鲁木齐市米东区城市管理局（城市管理行政执法局）} matches
 * {@code 区城市管理局}: parenthesized names dropped, then a long common ending or an in-order abbreviation). When no
 * unit matches, the pair whose requirement shares most character bigrams with the recommendation is taken, if the
 * similarity reaches {@code requirement_similarity} of {@code thresholds.tsv}. The matched pair's status (from the
 * clause coverage of extraction) decides: partial → {@code partial_measure}, not implemented or no outcome →
 * {@code unimplemented_measure}; no pair at all → {@code unimplemented_measure}.
 *
 * <p>Where it stops: a recommendation addressed to no unit and reworded beyond the bigram threshold is reported
 * unmatched; two recommendations to one unit both match that unit's first pair; a renamed unit (安监局 → 应急管理局)
 * is not recognized. People are matched by name as written, so 孙** in one report and 孙某 in another are two
 * people.
 */
package anjuan.index.gaps;
