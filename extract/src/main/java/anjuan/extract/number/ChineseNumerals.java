package anjuan.extract.number;

/**
 * Reads numerals as reports write them: Arabic ({@code 158}, {@code 1.2}), Chinese ({@code 一百五十八},
 * {@code 二〇二〇}, {@code 两}, {@code 十一}, {@code 一千零五}) and mixed with a multiplier ({@code 1.2万},
 * {@code 115万}, {@code 3亿}).
 */
public final class ChineseNumerals {
  private static final String DIGITS = "零〇一二三四五六七八九";

  private ChineseNumerals() {}

  /** The value of a numeral, or null when {@code s} is not one. */
  public static Double parse(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    s = s.replace(",", "").replace("，", "");
    double multiplier = 1;
    while (!s.isEmpty() && (s.endsWith("万") || s.endsWith("亿")) && !isPureChinese(s)) {
      multiplier *= s.endsWith("万") ? 1e4 : 1e8;
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty()) {
      return null;
    }
    if (isArabic(s)) {
      try {
        return Double.parseDouble(s) * multiplier;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    Long chinese = parseChinese(s);
    return chinese == null ? null : chinese * multiplier;
  }

  /** The value as an integer, or null when not a whole number. */
  public static Long parseLong(String s) {
    Double d = parse(s);
    if (d == null || Math.abs(d - Math.rint(d)) > 1e-6) {
      return null;
    }
    return Math.round(d);
  }

  public static Integer parseInt(String s) {
    Long l = parseLong(s);
    return l == null || l > Integer.MAX_VALUE ? null : l.intValue();
  }

  private static boolean isArabic(String s) {
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '.') {
        return false;
      }
    }
    return digit;
  }

  private static boolean isPureChinese(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("零〇一二两三四五六七八九十百千万亿".indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Chinese numerals with units ({@code 一百五十八}, {@code 十一}, {@code 两万三千}) or digit by digit
   * ({@code 二〇二〇}).
   */
  static Long parseChinese(String s) {
    if (!isPureChinese(s)) {
      return null;
    }
    boolean hasUnit = s.chars().anyMatch(c -> "十百千万亿".indexOf(c) >= 0);
    if (s.chars().noneMatch(c -> digit((char) c) >= 0) && s.charAt(0) != '十') {
      return null; // 万 or 百 alone is no number
    }
    if (!hasUnit) {
      long v = 0;
      for (int i = 0; i < s.length(); i++) {
        v = v * 10 + digit(s.charAt(i));
      }
      return v;
    }
    long total = 0;
    long section = 0;
    long number = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        number = d;
        continue;
      }
      switch (c) {
        case '十' -> {
          section += (number == 0 && (i == 0 || digit(s.charAt(i - 1)) < 0 || s.charAt(i - 1) == '零' || s.charAt(i - 1) == '〇') ? 1 : number) * 10;
          number = 0;
        }
        case '百' -> {
          section += number * 100;
          number = 0;
        }
        case '千' -> {
          section += number * 1000;
          number = 0;
        }
        case '万' -> {
          total += (section + number) * 10_000;
          section = 0;
          number = 0;
        }
        case '亿' -> {
          total = (total + section + number) * 100_000_000;
          section = 0;
          number = 0;
        }
        default -> {
          return null;
        }
      }
    }
    return total + section + number;
  }

  private static int digit(char c) {
    if (c == '两') {
      return 2;
    }
    int i = DIGITS.indexOf(c);
    if (i < 0) {
      return -1;
    }
    return i == 0 || i == 1 ? 0 : i - 1;
  }
}
