package anjuan.extract.fact;

import anjuan.ingest.Span;
import java.util.List;

/**
 * A person named in the report, masked ({@code 孙**}, {@code 张某}) or in full.
 *
 * @param responsible true for those the report holds responsible (a 处理建议 or 责任认定), false for officials who only
 *     act and for victims
 * @param span the first mention
 * @param entrySpan the person's entry in a responsibility section (head line, proposal, outcome), null elsewhere:
 *     the articles cited inside it were applied to this person
 */
public record Person(
    String name,
    boolean masked,
    boolean responsible,
    List<String> roles,
    Handling proposed,
    Handling outcome,
    Span span,
    Span entrySpan) {
  public Person {
    roles = List.copyOf(roles);
  }
}
