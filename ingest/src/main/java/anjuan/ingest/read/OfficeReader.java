package anjuan.ingest.read;

import anjuan.ingest.text.TextNormalizer.Layout;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.mime.MediaType;

/** Word (.docx, .doc, including files written by WPS), RTF, OpenDocument and other office formats, through Tika. */
public final class OfficeReader implements FormatReader {
  private static final Set<String> TYPES = Set.of(
      "application/msword",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
      "application/vnd.ms-word.document.macroenabled.12",
      "application/vnd.ms-word2006ml",
      "application/rtf",
      "text/rtf",
      "application/vnd.oasis.opendocument.text",
      "application/vnd.oasis.opendocument.text-template",
      "application/vnd.sun.xml.writer",
      "application/vnd.ms-works",
      "application/vnd.wordperfect",
      "application/x-tika-msoffice",
      "application/x-tika-ooxml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.ms-excel",
      "application/vnd.oasis.opendocument.spreadsheet",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "application/vnd.ms-powerpoint");

  @Override
  public boolean reads(MediaType type) {
    return TYPES.contains(type.getBaseType().toString());
  }

  @Override
  public Extraction read(Path file, MediaType type, ReadContext context) throws Exception {
    BlockTextHandler handler = new BlockTextHandler(context.limits().maxChars());
    Metadata metadata = TikaSupport.parse(file, type.toString(), handler, TikaSupport.context());
    Integer pages = metadata.getInt(Office.PAGE_COUNT);
    return new Extraction(handler.text(), type.getBaseType().toString(), pages, null, false, Layout.LOGICAL, List.of());
  }
}
