/**
 * The normalized action vocabulary of handling ({@code 党内严重警告}, {@code 记过}, {@code 约谈}, …) with its severity
 * order, read from {@code sanctions.tsv}: {@code 给予党内严重警告、政务降级处分} holds 党内严重警告 and 降级, the more
 * severe being 降级.
 */
package anjuan.extract.sanction;
