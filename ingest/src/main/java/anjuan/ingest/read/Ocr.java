package anjuan.ingest.read;

import java.awt.image.BufferedImage;
import anjuan.ingest.text.CharClass;
import java.io.InputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Tesseract {@code chi_sim} through Tika's {@link TesseractOCRParser}.
 *
 * <p>Tesseract's OpenMP threads make it 7 times slower on two cores (measured: 38 s against 5.6 s a page), so the
 * worker process that calls it is started with {@code OMP_THREAD_LIMIT=1} (see {@code ParserPool}); OCR throughput
 * comes from one worker per core instead.
 */
public final class Ocr {
  public static final String LANGUAGE = "chi_sim";
  /** Tesseract's {@code --psm 4}: a single column of text of variable sizes. */
  static final String PAGE_SEGMENTATION = "4";
  public static final String INSTALL_HINT =
      "install Tesseract with Simplified Chinese (Debian/Ubuntu: apt-get install -y tesseract-ocr tesseract-ocr-chi-sim)";

  private final int pageTimeoutSeconds;
  private final String tesseractDirectory;
  private TesseractOCRParser parser;
  private String unavailable;

  public Ocr(int pageTimeoutSeconds) {
    this(pageTimeoutSeconds, "");
  }

  /** @param tesseractDirectory the folder holding the {@code tesseract} program; empty to search the PATH */
  public Ocr(int pageTimeoutSeconds, String tesseractDirectory) {
    this.pageTimeoutSeconds = pageTimeoutSeconds;
    this.tesseractDirectory = tesseractDirectory;
  }

  /** Null when OCR can run; otherwise why not, with what to install. */
  public synchronized String unavailableReason() {
    if (parser == null && unavailable == null) {
      try {
        TesseractOCRParser p = new TesseractOCRParser();
        p.setTesseractPath(tesseractDirectory);
        p.initialize(java.util.Map.of());
        if (!p.hasTesseract()) {
          unavailable = "Tesseract is not installed: " + INSTALL_HINT;
        } else if (!installedLanguages(tesseractDirectory).contains(LANGUAGE)) {
          unavailable = "Tesseract has no " + LANGUAGE + " language data: " + INSTALL_HINT;
        } else {
          parser = p;
        }
      } catch (Exception e) {
        unavailable = "Tesseract cannot be started (" + e.getMessage() + "): " + INSTALL_HINT;
      }
    }
    return unavailable;
  }

  /** Tika's parser does not list languages, so ask Tesseract. */
  private static java.util.List<String> installedLanguages(String directory)
      throws java.io.IOException, InterruptedException {
    String program = directory.isEmpty() ? TesseractOCRParser.getTesseractProg()
        : java.nio.file.Path.of(directory, TesseractOCRParser.getTesseractProg()).toString();
    Process p = new ProcessBuilder(program, "--list-langs").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    p.waitFor();
    return out.lines().map(String::strip).toList();
  }

  /** Recognizes a rendered page (handed to Tesseract as PNG: Tika's in-memory image path returns nothing). */
  public String recognize(BufferedImage image) throws Exception {
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", png);
    return recognize(new java.io.ByteArrayInputStream(png.toByteArray()), "image/png");
  }

  public String recognize(InputStream imageFile, String mediaType) throws Exception {
    BodyContentHandler handler = new BodyContentHandler(-1);
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, mediaType);
    parser().parse(imageFile, handler, metadata, context());
    return OcrCorrections.apply(withoutSpuriousSpaces(handler.toString()));
  }

  /**
   * Tesseract's {@code chi_sim} puts a space between most characters ({@code 事故 调查 报 告}, {@code 11. 24}) and
   * reads full-width punctuation as ASCII ({@code (一)孙**:}, {@code “9·3"}). Printed Chinese has neither: spaces
   * stay only between two Latin letters, {@code ( ) : ; ,} beside a Chinese character become {@code （ ）：；，}, and
   * straight double quotes become the curly quote that opens or closes.
   */
  static String withoutSpuriousSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' && out.length() > 0 && i + 1 < text.length()
          && !(isLatin(out.charAt(out.length() - 1)) && isLatin(text.charAt(i + 1)))) {
        continue;
      }
      out.append(c);
    }
    boolean open = false; // straight quotes in recognized Chinese are misread curly ones: alternate “ and ”
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == '\n') {
        open = false;
      } else if (c == '“') {
        open = true;
      } else if (c == '”') {
        open = false;
      } else if (c == '"') {
        out.setCharAt(i, open ? '”' : '“');
        open = !open;
      } else if (c == '〈' || c == '〉') {
        out.setCharAt(i, c == '〈' ? '（' : '）'); // angle brackets are how chi_sim misreads round ones
      }
    }
    for (int i = 0; i < out.length(); i++) {
      int k = "():;,".indexOf(out.charAt(i));
      boolean besideChinese = (i > 0 && CharClass.isCjk(out.charAt(i - 1)))
          || (i + 1 < out.length() && CharClass.isCjk(out.charAt(i + 1)));
      if (k >= 0 && besideChinese) {
        out.setCharAt(i, "（）：；，".charAt(k));
      }
    }
    return out.toString();
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private TesseractOCRParser parser() {
    String reason = unavailableReason();
    if (reason != null) {
      throw new OcrUnavailableException(reason);
    }
    return parser;
  }

  private ParseContext context() {
    TesseractOCRConfig config = new TesseractOCRConfig();
    config.setLanguage(LANGUAGE);
    config.setTimeoutSeconds(pageTimeoutSeconds);
    config.setEnableImagePreprocessing(false);
    // a report is one column; Tika's default (1, automatic with orientation) cut a synthetic scan's longer lines into
    // a second "column" and interleaved it with the first (86% of characters in order, against 99.5% with 4)
    config.setPageSegMode(PAGE_SEGMENTATION);
    ParseContext context = new ParseContext();
    context.set(TesseractOCRConfig.class, config);
    return context;
  }

  /** Thrown when a file needs OCR and Tesseract with chi_sim is missing. */
  public static final class OcrUnavailableException extends RuntimeException {
    public OcrUnavailableException(String reason) {
      super(reason);
    }
  }
}
