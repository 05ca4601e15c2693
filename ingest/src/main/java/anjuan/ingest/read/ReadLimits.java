package anjuan.ingest.read;

/**
 * Bounds on what one input may cost.
 *
 * @param maxFileBytes larger files end as {@code too_large} without being opened
 * @param maxChars Tika's write limit: text beyond it ends the file as {@code too_large}, never silently cut
 * @param ocrPageTimeoutSeconds Tesseract is stopped after this long on one page
 * @param maxOcrPages scanned documents with more pages are OCRed up to here, with a warning
 * @param maxArchiveEntries, maxArchiveDepth, maxArchiveBytes, maxArchiveRatio zip-bomb bounds
 */
public record ReadLimits(
    long maxFileBytes,
    int maxChars,
    int ocrPageTimeoutSeconds,
    int maxOcrPages,
    int maxArchiveEntries,
    int maxArchiveDepth,
    long maxArchiveBytes,
    int maxArchiveRatio) {
  public static ReadLimits defaults() {
    return new ReadLimits(256L << 20, 20_000_000, 60, 200, 2_000, 3, 1L << 30, 100);
  }
}
