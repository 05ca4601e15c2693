package anjuan.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Province, city and district read from a place as written ({@code 乌鲁木齐市米东区东瑞北路104号} → city 乌鲁木齐市,
 * district 米东区). Only what is written: a province left out of the place stays null.
 */
public record PlaceParts(String province, String city, String district) {
  private static final Pattern PARTS = Pattern.compile(
      "^((?:北京|上海|天津|重庆)市|[\\u4e00-\\u9fa5]{2,7}?(?:省|自治区))?"
          + "((?<!(?:北京|上海|天津|重庆))[\\u4e00-\\u9fa5]{2,8}?(?:市|自治州|州|盟|地区))?"
          + "([\\u4e00-\\u9fa5]{1,8}?(?:区|县|旗))?");

  public static PlaceParts of(String place) {
    if (place == null || place.isBlank()) {
      return new PlaceParts(null, null, null);
    }
    Matcher m = PARTS.matcher(place);
    if (!m.lookingAt()) {
      return new PlaceParts(null, null, null);
    }
    String province = m.group(1);
    String city = m.group(2);
    if (province != null && province.matches("(?:北京|上海|天津|重庆)市")) {
      city = province; // a municipality is its own city
    }
    return new PlaceParts(province, city, m.group(3));
  }
}
