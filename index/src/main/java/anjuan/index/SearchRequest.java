package anjuan.index;

/**
 * What an investigator asks: free text and/or an article, with filters; null fields do not filter.
 *
 * @param yearFrom, yearTo accident years, inclusive
 * @param place matched against province, city, district and the place as written
 * @param unit matched inside unit names as written ({@code 区城市管理局} finds
 *     {@code 乌鲁木齐市米东区城市管理局（城市管理行政执法局）})
 */
public record SearchRequest(
    String text,
    String article,
    String sanction,
    String type,
    String grade,
    String kind,
    Integer yearFrom,
    Integer yearTo,
    String place,
    String unit,
    String person,
    int limit,
    int offset) {
  public static SearchRequest text(String text) {
    return new SearchRequest(text, null, null, null, null, null, null, null, null, null, null, 10, 0);
  }

  public static SearchRequest article(String article) {
    return new SearchRequest(null, article, null, null, null, null, null, null, null, null, null, 10, 0);
  }
}
