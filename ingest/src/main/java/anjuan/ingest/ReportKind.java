package anjuan.ingest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What sort of report a document is, read from its title. */
public enum ReportKind {
  /** 事故调查报告 */
  INVESTIGATION,
  /** 防范整改措施落实情况评估报告 */
  EVALUATION,
  /** 批复 */
  APPROVAL,
  /** 通报, 决定, 通知 */
  NOTICE,
  OTHER;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
