package anjuan.ingest.text;

/**
 * Normalized text with a map back to the text the reader extracted.
 *
 * @param toSource {@code toSource[i]} is the offset in the extracted text of normalized char {@code i};
 *     {@code toSource[text.length()]} is the extracted text's length
 */
public record NormalizedText(String text, int[] toSource) {
  public NormalizedText {
    if (toSource.length != text.length() + 1) {
      throw new IllegalArgumentException("offset map has " + toSource.length + " entries for " + text.length() + " chars");
    }
  }

  public int sourceOffset(int normalizedOffset) {
    return toSource[normalizedOffset];
  }
}
