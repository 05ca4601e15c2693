package anjuan.ingest;

/**
 * One heading of the document's outline.
 *
 * @param number the numeral as written, without its delimiters: {@code 二} for {@code 二、}, {@code 一} for
 *     {@code （一）}, {@code 1} for {@code 1．} and {@code （1）}, {@code 附件1} for an attachment
 * @param level 1 for {@code 一、} and attachments, 2 for {@code （一）}, 3 for {@code 1．}, 4 for {@code （1）}
 * @param span the whole section, from its heading to the next heading of the same or a higher level
 * @param headingSpan the heading text alone
 */
public record Section(String number, int level, String heading, Span span, Span headingSpan) {}
