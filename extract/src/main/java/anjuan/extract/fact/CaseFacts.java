package anjuan.extract.fact;

/**
 * The accident a report is about.
 *
 * @param name the case name, e.g. {@code 米东芦草沟市政市容环卫管理站“11·24”一般灼烫事故}
 * @param type one of the GB 6441 categories (灼烫, 中毒和窒息, 高处坠落, …) or a road-traffic or fire form
 * @param grade 一般, 较大, 重大 or 特别重大
 */
public record CaseFacts(
    String name,
    String date,
    String time,
    String place,
    String unit,
    String type,
    String grade,
    Integer deaths,
    Integer injuries,
    Integer missing,
    Long directLossYuan,
    String directLossText) {
  public static CaseFacts none() {
    return new CaseFacts(null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
