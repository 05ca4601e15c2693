package anjuan.extract.fact;

import anjuan.ingest.Span;
import java.util.List;

/**
 * What was proposed for a responsible person, or what was done.
 *
 * @param action the most severe of {@code actions}, in the normalized vocabulary ({@code 党内严重警告}, {@code 约谈}, …)
 * @param by the body that acted or is to act ({@code 区纪委监委})
 * @param date ISO date of the outcome, when stated
 */
public record Handling(
    String text, String date, String action, List<String> actions, String by, List<Citation> citations, Span span) {
  public Handling {
    actions = List.copyOf(actions);
    citations = List.copyOf(citations);
  }
}
