/**
 * Extraction: from the normalized text of a report to the facts of its {@code anjuan.report/1} record, each with the
 * span it was read from. {@link anjuan.extract.ReportBuilder} runs the three steps: find (one
 * {@link anjuan.extract.Extractor} per fact kind, pure functions of the text), resolve (handlings get their dates and
 * articles, citations their person, activities their unit) and derive (findings from the facts, never from the text).
 *
 * <p>Example: in the seed's {@code 落实情况：2024年5月31日，区纪委监委依据《中国共产党纪律处分条例》第一百四十九条…给予任**同志
 * 党内严重警告处分。} the date finder reads 2024-05-31, the citation finder article 149 of the Party discipline
 * regulation, the person finder 任**'s entry with the outcome 党内严重警告 by 区纪委监委; the resolver dates the outcome
 * and names 任** on the citation; the deriver compares 2024-05-31 with the accident of 2020-11-24 and reports the
 * accountability lag.
 */
package anjuan.extract;
