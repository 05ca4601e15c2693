/**
 * The embedded Lucene index of report records: full text for people, exact keyword fields and facets for facts,
 * search, case linking and the file states that make loads incremental and resumable.
 *
 * <h2>Analysis</h2>
 * Full text and titles are analyzed by Lucene's {@code SmartChineseAnalyzer} (smartcn: an HMM word segmenter with a
 * bigram dictionary), so a query for a word matches the word, not every pair of its characters. smartcn splits names
 * and rare terms it does not know into single characters, and may split them differently in the query than in the
 * report; so the short texts where that matters most (title, case name, people, units) are indexed again into a
 * second field as overlapping CJK bigrams ({@code StandardTokenizer} + {@code CJKBigramFilter}), and a free-text query
 * searches both. Worked example, the sentence {@code 米东区市政市容环卫管理站发生灼烫事故}:
 * <pre>
 *   smartcn:  米 | 东区 | 市政 | 市容 | 环卫 | 管理站 | 发生 | 灼 | 烫 | 事故
 *   bigrams:  米东 | 东区 | 区市 | 市政 | 政市 | 市容 | 容环 | 环卫 | 卫管 | 管理 | 理站 | 站发 | 发生 | 生灼 | 灼烫 | 烫事 | 事故
 * </pre>
 * A phrase query {@code "灼烫"} matches smartcn's adjacent {@code 灼}, {@code 烫}; a query for a unit written
 * {@code 米东区市政市容环卫管理站} in a report and segmented otherwise in the query still matches its bigrams. Why not
 * the whole text as bigrams: measured on 1,000 synthetic reports, a full-text bigram field costs 18% of indexing
 * throughput, while 98.9% of 792 names of the corpus and real reports are found as smartcn phrases anyway, and every
 * name is also an exact keyword ({@code person}). Tokens are capped at 255 characters ({@code LengthFilter}), far under
 * Lucene's 32,766-byte term limit, so a run of junk from a broken PDF can never fail a document.
 *
 * <h2>Facts</h2>
 * Facts are indexed as exact keywords with doc values for facets: kind, accident type, grade, year, province, city,
 * district, units, people, sanction actions, laws, and article keys at every level ({@code 中国共产党纪律处分条例},
 * {@code …/158}, {@code …/158/p2}, {@code …/158/p2/i4}, each also with its edition as {@code …@2018/133}), so a query for
 * an article matches every paragraph and item under it while a query with a paragraph matches only that paragraph.
 */
package anjuan.index;
