/**
 * Scoring extraction against gold files ({@code X.expected.json} beside document {@code X}): per fact kind, the
 * gold's facts and the record's facts become sets of keys, and precision, recall and F1 count their overlap.
 */
package anjuan.extract.eval;
