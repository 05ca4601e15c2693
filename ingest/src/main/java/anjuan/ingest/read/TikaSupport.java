package anjuan.ingest.read;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.xml.sax.ContentHandler;

/** One shared Tika parser and the parse settings every reader uses. */
final class TikaSupport {
  private static final AutoDetectParser PARSER = new AutoDetectParser();

  private TikaSupport() {}

  static Parser parser() {
    return PARSER;
  }

  /**
   * A parse context that does not OCR images on the way (scans go through {@link Ocr} explicitly), does not
   * descend into embedded files (pictures, fonts and OLE objects inside a report are not the report) and leaves out
   * Word headers, footers and deleted revisions.
   */
  static ParseContext context() {
    ParseContext context = new ParseContext();
    TesseractOCRConfig noOcr = new TesseractOCRConfig();
    noOcr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, noOcr);
    OfficeParserConfig office = new OfficeParserConfig();
    office.setIncludeHeadersAndFooters(false); // running heads and page numbers, not report text
    office.setIncludeDeletedContent(false);
    context.set(OfficeParserConfig.class, office);
    context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
      @Override
      public boolean shouldParseEmbedded(Metadata metadata) {
        return false;
      }

      @Override
      public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {}
    });
    return context;
  }

  static Metadata parse(Path file, String mediaType, ContentHandler handler, ParseContext context) throws Exception {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    metadata.set(Metadata.CONTENT_TYPE, mediaType);
    try (InputStream in = Files.newInputStream(file)) {
      PARSER.parse(in, handler, metadata, context);
    }
    return metadata;
  }
}
