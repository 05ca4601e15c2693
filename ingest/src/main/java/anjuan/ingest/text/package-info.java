/**
 * Text normalization with a map back to the extracted text, the heading outline, title and kind, and the document id.
 * Example: {@code 一般灼烫事故防范整改措施和责任\n追究落实情况评估报告} becomes one title line;
 * {@code 一是加\n强风险辨识} is rejoined; {@code ２０２０ 年} becomes {@code 2020年}; {@code “11.24”} becomes
 * {@code “11·24”}; every normalized character keeps the offset it came from.
 */
package anjuan.ingest.text;
