package anjuan.extract.find;

/**
 * A title resolved: its official name and its type.
 *
 * @param type {@code law}, {@code regulation}, {@code party_rule} or {@code document}
 */
public record LawTitle(String title, String type) {
  public static final String DOCUMENT = "document";

  /** True for laws, regulations and Party rules: titles whose articles are cited and that short forms stand for. */
  public boolean lawLike() {
    return !DOCUMENT.equals(type);
  }
}
