package anjuan.extract.find;

import anjuan.extract.Extractor;
import anjuan.extract.data.Tables;
import anjuan.extract.fact.CaseFacts;
import anjuan.extract.number.ChineseNumerals;
import anjuan.extract.text.DocumentText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accident a report is about: its case name ({@code …“11·24”一般灼烫事故}), date and time, place, unit, type,
 * grade, casualties and direct economic loss, read from the case name and the report's opening account.
 */
public final class CaseExtractor implements Extractor<CaseFacts> {
  private static final String CN_NUM = "[0-9〇零一二两三四五六七八九十百千]+";
  /** A case name: the unit or place, a quoted date tag (“11·24”, “3.16”, "2020.8.29"), then the accident. */
  private static final Pattern CASE_TAG =
      Pattern.compile("[“\"「]((?:\\d{4}[.·]?)?\\d{1,2}[·.\\-•]\\d{1,2})[”\"」]");
  private static final Pattern CASE_SUFFIX =
      Pattern.compile("[\\u4e00-\\u9fa5 ]{0,30}?事故|[\\u4e00-\\u9fa5 ]{0,20}?(?:火灾|爆炸|泄漏)");
  private static final int MAX_PREFIX = 40;
  /** The parts of a case name's tag once normalized: “2020·8·29”, “3·16”. */
  private static final Pattern TAG_PARTS = Pattern.compile("“(?:(\\d{4})·)?(\\d{1,2})·(\\d{1,2})”");
  /**
   * Words that end the preamble before a case name: 对…事故 / 关于…事故 / 依据《…》, and the body that formed the
   * investigation team (国务院京珠高速…事故调查组, 云南省政府昆明市…事故调查组).
   */
  private static final Pattern LEAD_IN = Pattern.compile(
      ".*(?:组织对|对|关于|依据|根据|将|为|在|了|是|与|和|及|的|发生|开展|针对|吸取|经调查认定，|认定|做好|报请批复|批复|请示"
          + "|国务院|政府)");
  private static final Pattern DATE = Pattern.compile(
      "(\\d{4}|[〇零一二三四五六七八九]{4})年(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日");
  private static final Pattern TIME = Pattern.compile(
      "^[，, ]?(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜间|夜里|深夜|晚)?(\\d{1,2}|[零一二两三四五六七八九十]{1,3})(?:时|点)"
          + "(?:(\\d{1,2}|[零一二三四五六七八九十]{1,3})分|(半))?");
  private static final Pattern PLACE = Pattern.compile(
      "(?:位于|地处|(?<!停靠|起点|终点)地点为|(?<!停靠|起点|终点)地点：|发生在|行驶至|行至|运行至|途经地：|途经)([^，。；“”、]{2,40}?)(?:的|处|时|路段|，|、|发生)");
  /** A place names one of these (省, 路, 号, 段, 基地…); 发生在他身上, 位于瓶体下部 are not places. */
  private static final String PLACE_CHARS = "省市州盟旗县区镇乡村屯庄地街路道巷弄号楼段线站港场桥隧口湾河江湖山岭岛园厂矿库房室院公里米KkMm";
  /** A stretch of road: 在峤梧高速公路丰林段K127+450m处, 行至省道S216线…段K48+300m处. */
  private static final Pattern ROAD = Pattern.compile(
      "(?:在|于|行至|行驶至|驶至)((?:[\\u4e00-\\u9fa5]{1,12}?)?(?:高速公路|高速|国道|省道|县道|公路|大道)[^，。；“”、]{0,30}?)(?:处|时|路段)");
  /** The operator named in the opening: 由澄州宏筑建设工程有限公司施工总承包的…, 由…经营管理的…. */
  private static final Pattern OPERATOR = Pattern.compile(
      "由([\\u4e00-\\u9fa5（）()]{2,40}?(?:有限责任公司|股份有限公司|有限公司|公司|集团))(?:施工总承包|总承包|承建|经营管理|经营|管理|运营|负责|承包)");
  private static final Pattern UNIT_AFTER_PLACE = Pattern.compile(
      "^的([\\u4e00-\\u9fa5（）()]{2,40}?(?:有限责任公司|股份有限公司|有限公司|公司|集团|厂|矿|管理站|站|中心|市场|医院|学校|酒店|项目部|项目|合作社|农场|工地|车间))(?=[在发于内（(，。的、]|$|生产|厂房|仓库|车间|院内|施工|作业|宿舍|办公)");
  private static final Pattern UNIT = Pattern.compile(
      "([\\u4e00-\\u9fa5（）()]{2,30}?(?:有限责任公司|股份有限公司|有限公司|集团有限公司|农场|管理站|市场管理有限公司))");
  private static final Pattern GRADE = Pattern.compile("特别重大|重大|较大|一般");
  private static final Pattern EXPLICIT_TYPE = Pattern.compile("事故类型(?:为|是|属于|：)([\\u4e00-\\u9fa5]{2,8}?)(?:事故)?[，。；、]");
  private static final Pattern EXPLICIT_GRADE = Pattern.compile("事故等级(?:为|是|属于|：)(特别重大|重大|较大|一般)");
  /** 是一起…事故, 发生一起…事故: the account that names the accident's grade and type when no case name does. */
  private static final Pattern IS_A = Pattern.compile("(?:是|发生|造成)一起([^，。；]{0,30}?)事故");
  /** A title that names the accident without a case name: …关于…一般触电事故的通报. */
  private static final Pattern TITLE_ACCIDENT = Pattern.compile("(特别重大|重大|较大|一般)([\\u4e00-\\u9fa5]{1,10}?)事故");
  private static final Pattern DEATHS = Pattern.compile(
      "(?:造成|致|致使|导致)?(" + CN_NUM + ")(?:人|名[\\u4e00-\\u9fa5]{0,4}?)(?:死亡|遇难|当场死亡)|死亡(" + CN_NUM + ")人"
          + "|(" + CN_NUM + ")名[\\u4e00-\\u9fa5]{1,8}?[^。；]{0,30}?(?:抢救无效死亡|抢救无效身亡|当场死亡|不幸身亡)");
  /** 造成车内2人和村民4人死亡: two groups of the dead, added. */
  private static final Pattern DEATHS_OF_TWO_GROUPS = Pattern.compile(
      "(" + CN_NUM + ")人(?:和|及|、)[\\u4e00-\\u9fa5]{1,6}?(" + CN_NUM + ")人(?:死亡|遇难)");
  private static final Pattern INJURIES = Pattern.compile(
      "(" + CN_NUM + ")(?:人|名[\\u4e00-\\u9fa5]{0,4}?)(?:受伤|重伤|轻伤|不同程度受伤)|受伤(" + CN_NUM + ")人");
  private static final Pattern MISSING = Pattern.compile("(" + CN_NUM + ")人失踪|失踪(" + CN_NUM + ")人");
  /** 115万余元 and 470余万元 alike: reports put 余 on either side of 万. */
  private static final Pattern LOSS = Pattern.compile(
      "直接经济损失(?:约|共计|共|合计|达|人民币|为|：)*((?:约|近)?([\\d.]+|" + CN_NUM + ")(?:余|多)?(万|亿)?(?:余|多)?元)");

  private record TypeRule(String type, Pattern pattern) {}

  private final List<TypeRule> types = new ArrayList<>();

  public CaseExtractor() {
    for (String[] row : Tables.read("accident-types.tsv", 3)) {
      types.add(new TypeRule(row[0], Pattern.compile(row[1])));
    }
  }

  @Override
  public List<CaseFacts> extract(DocumentText doc) {
    String text = doc.text();
    String name = caseName(text);
    String opening = opening(text);
    Matcher d = DATE.matcher(opening);
    String date = null;
    String time = null;
    Matcher tagged = name == null ? null : dateOfTag(text, name);
    if (tagged != null) {
      date = isoDate(tagged);
      Matcher t = TIME.matcher(text.substring(tagged.end()));
      time = t.find() ? clock(t) : null;
    } else if (d.find()) {
      date = isoDate(d);
      Matcher t = TIME.matcher(opening.substring(d.end()));
      if (t.find()) {
        time = clock(t);
      }
    }
    String place = null;
    String unit = null;
    Matcher operator = OPERATOR.matcher(opening);
    if (operator.find()) {
      unit = operator.group(1);
    }
    Matcher p = PLACE.matcher(opening);
    boolean found = p.find();
    // 途经河北、河南: a route passed, not where the accident happened
    while (found && (!namesAPlace(p.group(1)) || (p.group().startsWith("途经") && p.group().endsWith("、")))) {
      found = p.find();
    }
    Matcher road = ROAD.matcher(opening);
    if (road.find() && (!found || road.start() < p.start())) {
      p = road;
      found = true;
    }
    if (found) {
      place = p.group(1).strip();
      String after = opening.substring(p.end(1));
      Matcher u = UNIT_AFTER_PLACE.matcher(after);
      if (unit == null && u.find()) {
        unit = u.group(1);
        // 位于…的化工市场内温州市三星乳胶股份有限公司员工: the first is where, the second is whose (real report d062)
        Matcher inner = UNIT.matcher(after).region(Math.min(after.length(), u.end() + 1), after.length());
        if (after.startsWith("内", u.end()) && inner.lookingAt()) {
          unit = inner.group(1);
        }
      }
    }
    if (unit == null && name != null) {
      Matcher u = UNIT.matcher(name);
      unit = u.find() ? u.group(1) : null;
    }
    if (unit == null) {
      Matcher u = UNIT.matcher(opening);
      unit = u.find() ? u.group(1) : null;
    }
    if (unit != null) {
      unit = OrganizationNames.standard().withoutLeadIn(unit);
    }
    // casualties and loss from the account that starts at the accident's date: a notice may open with a summary of
    // several accidents (共造成2人死亡) before its first case
    String account = d.reset().find() ? opening.substring(d.start()) : opening;
    return List.of(new CaseFacts(name, date, time, place, unit, type(text, name), grade(text, name),
        orElse(deaths(account), deaths(opening)), orElse(count(INJURIES, account), count(INJURIES, opening)),
        count(MISSING, account), lossYuan(account),
        lossText(account)));
  }

  /**
   * The first date in the text that agrees with the case name's tag (“1·16” is 2015年1月16日): the opening may start
   * with the date a vehicle was registered or a licence issued (real reports d037, d054).
   */
  private static Matcher dateOfTag(String text, String name) {
    Matcher tag = TAG_PARTS.matcher(name);
    if (!tag.find()) {
      return null;
    }
    Matcher d = DATE.matcher(text);
    while (d.find()) {
      String iso = isoDate(d);
      if (iso != null && (tag.group(1) == null || iso.startsWith(tag.group(1)))
          && iso.endsWith(String.format("-%02d-%02d", Integer.parseInt(tag.group(2)), Integer.parseInt(tag.group(3))))) {
        return d;
      }
    }
    return null;
  }

  private static boolean namesAPlace(String phrase) {
    for (int i = 0; i < phrase.length(); i++) {
      if (PLACE_CHARS.indexOf(phrase.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The most frequent case name, cleaned of the words that lead into it. */
  static String caseName(String text) {
    Map<String, Integer> counts = new HashMap<>();
    String first = null;
    Matcher m = CASE_TAG.matcher(text);
    while (m.find()) {
      Matcher suffix = CASE_SUFFIX.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
      if (!suffix.lookingAt()) {
        continue;
      }
      String prefix = text.substring(prefixStart(text, m.start()), m.start());
      Matcher lead = LEAD_IN.matcher(prefix);
      if (lead.lookingAt()) {
        prefix = prefix.substring(lead.end());
      }
      prefix = prefix.replaceAll("^[（(].*?[）)]", "");
      String name = prefix + "“" + m.group(1).replaceAll("[.•\\-]", "·") + "”" + suffix.group().strip();
      counts.merge(name, 1, Integer::sum);
      if (first == null) {
        first = name;
      }
    }
    if (first == null) {
      return null;
    }
    String best = first;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int c = e.getValue();
      int b = counts.get(best);
      if (c > b || (c == b && e.getKey().length() > best.length() && e.getKey().endsWith(best.substring(best.indexOf('“'))))) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** Back from a case tag over the characters a unit or place name is written in, at most {@link #MAX_PREFIX}. */
  private static int prefixStart(String text, int quote) {
    int i = quote;
    while (i > 0 && quote - i < MAX_PREFIX) {
      char c = text.charAt(i - 1);
      boolean nameChar = (c >= '\u4e00' && c <= '\u9fa5') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9') || "（）()·".indexOf(c) >= 0;
      if (!nameChar) {
        break;
      }
      i--;
    }
    return i;
  }

  /** The account of the accident: the first paragraphs up to the first heading, or the first 1,500 characters. */
  private static String opening(String text) {
    int end = Math.min(text.length(), 1500);
    return text.substring(0, end);
  }

  private String type(String text, String name) {
    Matcher explicit = EXPLICIT_TYPE.matcher(text);
    if (explicit.find()) {
      String t = typeOf(explicit.group(1));
      if (t != null) {
        return t;
      }
    }
    if (name != null) {
      String t = typeOf(name.substring(name.indexOf('”') + 1));
      if (t != null) {
        return t;
      }
    }
    for (String phrase : accounts(text)) {
      String t = typeOf(phrase);
      if (t != null) {
        return t;
      }
    }
    if (name != null) {
      return typeOf(name);
    }
    Matcher titled = TITLE_ACCIDENT.matcher(firstLine(text));
    return titled.find() ? typeOf(titled.group(2)) : null;
  }

  /** What each 是一起…事故 says of the accident; the pattern runs only where 一起 stands. */
  private static List<String> accounts(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = IS_A.matcher(text);
    for (int at = text.indexOf("一起"); at >= 0; at = text.indexOf("一起", at + 2)) {
      for (int from = Math.max(0, at - 2); from < at; from++) { // 是一起 or 发生一起 / 造成一起
        if (m.region(from, text.length()).lookingAt()) {
          out.add(m.group(1));
          break;
        }
      }
    }
    return out;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private String typeOf(String phrase) {
    for (TypeRule rule : types) {
      if (rule.pattern.matcher(phrase).find()) {
        return rule.type;
      }
    }
    return null;
  }

  private static String grade(String text, String name) {
    Matcher explicit = EXPLICIT_GRADE.matcher(text);
    if (explicit.find()) {
      return explicit.group(1);
    }
    if (name != null) {
      Matcher g = GRADE.matcher(name.substring(name.indexOf('”') + 1));
      if (g.find()) {
        return g.group();
      }
    }
    for (String phrase : accounts(text)) {
      Matcher g = GRADE.matcher(phrase);
      if (g.find()) {
        return g.group();
      }
    }
    Matcher titled = TITLE_ACCIDENT.matcher(firstLine(text));
    return titled.find() ? titled.group(1) : null;
  }

  private static Integer deaths(String account) {
    Matcher two = DEATHS_OF_TWO_GROUPS.matcher(account);
    Matcher one = DEATHS.matcher(account);
    if (two.find() && (!one.find() || one.start() >= two.start())) {
      Integer a = ChineseNumerals.parseInt(two.group(1));
      Integer b = ChineseNumerals.parseInt(two.group(2));
      return a == null || b == null ? null : a + b;
    }
    return count(DEATHS, account);
  }

  /** The account from the date first; a summary before the date only when the account states nothing (d014). */
  private static Integer orElse(Integer fromAccount, Integer fromOpening) {
    return fromAccount != null ? fromAccount : fromOpening;
  }

  private static Integer count(Pattern pattern, String opening) {
    Matcher m = pattern.matcher(opening);
    if (!m.find()) {
      return null;
    }
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return ChineseNumerals.parseInt(m.group(g));
      }
    }
    return null;
  }

  private static Long lossYuan(String opening) {
    Matcher m = LOSS.matcher(opening);
    if (!m.find()) {
      return null;
    }
    Double v = ChineseNumerals.parse(m.group(2));
    if (v == null) {
      return null;
    }
    double multiplier = m.group(3) == null ? 1 : m.group(3).equals("万") ? 1e4 : 1e8;
    return Math.round(v * multiplier);
  }

  private static String lossText(String opening) {
    Matcher m = LOSS.matcher(opening);
    return m.find() ? m.group(1) : null;
  }

  private static String isoDate(Matcher d) {
    Integer y = ChineseNumerals.parseInt(d.group(1));
    Integer mo = ChineseNumerals.parseInt(d.group(2));
    Integer da = ChineseNumerals.parseInt(d.group(3));
    if (y == null || mo == null || da == null || mo < 1 || mo > 12 || da < 1 || da > 31) {
      return null;
    }
    return String.format("%04d-%02d-%02d", y, mo, da);
  }

  private static String clock(Matcher t) {
    Integer h = ChineseNumerals.parseInt(t.group(2));
    if (h == null || h > 24) {
      return null;
    }
    String part = t.group(1);
    if (part != null && (part.equals("下午") || part.startsWith("晚") || part.equals("傍晚") || part.startsWith("夜")
        || part.equals("深夜")) && h < 12 && !(part.startsWith("夜") && h < 5) && !(part.equals("深夜") && h < 5)) {
      h += 12;
    }
    if (part != null && part.equals("中午") && h < 5) {
      h += 12;
    }
    int minutes = t.group(4) != null ? 30 : t.group(3) != null ? ChineseNumerals.parseInt(t.group(3)) : 0;
    return String.format("%02d:%02d", h % 24, minutes);
  }
}
