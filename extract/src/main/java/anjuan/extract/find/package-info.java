/**
 * Finders: one class per fact kind, pure functions from text to facts with spans.
 *
 * <ul>
 *   <li>Dates ({@link anjuan.extract.find.DateExtractor}): rules and fragments in {@code dates.tsv}; the year of a
 *       month or day written without one comes from its context ({@code 2024年以来，6月中旬…} gives {@code 2024} and
 *       {@code 2024-06}, inferred).
 *   <li>Citations and references ({@link anjuan.extract.find.CitationExtractor},
 *       {@link anjuan.extract.find.ReferenceExtractor}): law titles, the articles cited after them and the short
 *       forms standing for them, each resolved to its law through {@code laws.tsv}.
 *   <li>Hazard ledgers and activities ({@link anjuan.extract.find.HazardExtractor},
 *       {@link anjuan.extract.find.ActivityExtractor}), with the organization each belongs to
 *       ({@link anjuan.extract.find.OrganizationNames}). Patterns are data: {@code counts.tsv}, {@code hazards.tsv},
 *       {@code activities.tsv} and {@code context.tsv} hold named regex fragments that refer to each other as
 *       {@code {name}} ({@link anjuan.extract.find.PatternTable}).
 *   <li>The accident itself ({@link anjuan.extract.find.CaseExtractor}).
 * </ul>
 * Every data row carries an example that a test checks.
 *
 * <p>A worked example, the third measure section of an evaluation report:
 *
 * <pre>
 * （三）芦草沟乡人民政府
 * 落实情况：2024年以来，芦草沟乡人民政府一是组织辖区生产经营单位开展学习，共开展安全生产警示教育培训6场次。
 * 二是组织对辖区生产经营单位开展安全生产检查，共检查1896家次，发现隐患1796项，均已完成整改。
 * </pre>
 *
 * <ol>
 *   <li>Cheap literal tests skip sentences that cannot hold a fact: no {@code 隐患}, {@code 问题} or {@code 整改率} for
 *       ledgers; no kind word ending ({@code 训}, {@code 会}, {@code 查} …) together with a unit ({@code 场},
 *       {@code 次}, {@code 人} …) for activities.
 *   <li>{@code found} matches {@code 发现隐患1796项}; {@code inspection} finds {@code 共检查1896家次} in the clause
 *       before it; {@code all_rectified} matches {@code 均已完成整改}. Ledger: found 1796, rectified 1796, pending 0,
 *       inspections 1896, span {@code 共检查1896家次，发现隐患1796项，均已完成整改}.
 *   <li>{@code noun_first} matches {@code 培训6场次}; the phrase from the verb {@code 开展} holds {@code 教育} and
 *       {@code 培训}, so the kind is training. The inspections of step 2 lie inside a ledger and are no activity.
 *   <li>In an evaluation report the unit is the enclosing heading that names an organization:
 *       {@code 芦草沟乡人民政府}. Elsewhere it is the organization opening the clause ({@code 县应急管理局共检查…}),
 *       a generic {@code 公司} taking the organization of its heading, short names ({@code 以下简称鸿泰公司}) becoming
 *       full ones.
 * </ol>
 *
 * <p>Not facts: requirements ({@code 要…开展一次培训}), routines ({@code 每月开展培训2次}), negations
 * ({@code 未安排3人参加培训}), ordinals ({@code 第一次工作会议}). Numbers are kept as written; a pending count is
 * never computed from the others.
 */
package anjuan.extract.find;
