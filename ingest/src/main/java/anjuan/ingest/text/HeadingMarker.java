package anjuan.ingest.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering that opens a heading line in Chinese official documents: {@code 一、} (level 1), {@code （一）} (2),
 * {@code 1．} (3), {@code （1）} (4) and {@code 附件1：} (an attachment, level 1).
 */
public record HeadingMarker(String number, int level, int length) {
  private record Form(Pattern pattern, int level) {}

  private static final String CN = "[一二三四五六七八九十]{1,3}";
  private static final List<Form> FORMS = List.of(
      new Form(Pattern.compile("^(" + CN + ")[、．.]"), 1),
      new Form(Pattern.compile("^[（(](" + CN + ")[）)]"), 2),
      new Form(Pattern.compile("^(\\d{1,2})[．.、](?![\\d.．])"), 3),
      new Form(Pattern.compile("^[（(](\\d{1,2})[）)]"), 4),
      new Form(Pattern.compile("^(附件\\s?\\d{0,2})(?:[：:]|\\s|$)"), 1),
      new Form(Pattern.compile("^第(" + CN + ")(?:章|部分)"), 1));

  /** The marker at the start of {@code line}, or null when the line does not open with one. */
  public static HeadingMarker at(CharSequence line) {
    for (Form form : FORMS) {
      Matcher m = form.pattern.matcher(line);
      if (m.find()) {
        return new HeadingMarker(m.group(1).replace(" ", ""), form.level, m.end());
      }
    }
    return null;
  }
}
