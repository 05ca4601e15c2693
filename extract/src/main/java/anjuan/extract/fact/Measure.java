package anjuan.extract.fact;

import java.util.List;

/**
 * A requirement addressed to a unit and what the unit did about it: {@code 事故调查报告要求：… 落实情况：…} in an
 * evaluation report, or a numbered recommendation of an investigation report (then {@code outcome} is null).
 */
public record Measure(
    String unit, Passage requirement, Passage outcome, MeasureStatus status, List<Coverage> coverage) {
  public Measure {
    coverage = List.copyOf(coverage);
  }
}
