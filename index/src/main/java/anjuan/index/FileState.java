package anjuan.index;

import anjuan.ingest.Json;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * How one input file ended in a load: one row of the ingest report, and (stored in the index beside the reports,
 * committed with them) what makes the next load skip it when it has not changed.
 *
 * @param status {@code loaded}, {@code duplicate}, {@code unchanged} or a failure status of ingest
 *     ({@code corrupt}, {@code encrypted}, …)
 * @param ids the reports read from the file (several for an archive)
 * @param time when the file was processed, ISO-8601
 */
public record FileState(String path, long size, long mtime, String hash, String status, String reason,
    java.util.List<String> ids, String time) {
  public FileState {
    ids = java.util.List.copyOf(ids);
  }

  public boolean failed() {
    return !status.equals("loaded") && !status.equals("duplicate") && !status.equals("unchanged");
  }

  public String toJson() {
    try {
      return Json.mapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static FileState fromJson(String json) {
    try {
      return Json.mapper().readValue(json, FileState.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored file state is not JSON: " + json, e);
    }
  }

  public FileState withStatus(String newStatus, String newReason, String newTime) {
    return new FileState(path, size, mtime, hash, newStatus, newReason, ids, newTime);
  }
}
