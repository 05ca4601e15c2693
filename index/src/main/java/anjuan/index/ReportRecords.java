package anjuan.index;

import anjuan.extract.fact.Report;
import anjuan.ingest.Json;
import java.io.IOException;
import org.apache.lucene.document.Document;

/** Reads stored records back into {@link Report}s. */
public final class ReportRecords {
  private ReportRecords() {}

  public static Report fromStored(Document d) throws IOException {
    return Json.mapper().treeToValue(ReportDocuments.record(d), Report.class);
  }
}
