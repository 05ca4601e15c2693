package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import anjuan.extract.fact.DateFact;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import anjuan.ingest.text.TextNormalizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expected facts are written {@code TEXT=VALUE}, with a trailing {@code ~} when the value is inferred; precision
 * follows from the value's length. Each fact's span must be the next occurrence of TEXT in the input, so offsets are
 * asserted too.
 */
class DateExtractorTest {
  private static final DateExtractor EXTRACTOR = new DateExtractor();

  static Stream<Arguments> finds() {
    return Stream.of(
        // full dates, every way reports write them
        row("Arabic year-month-day", "落实情况：2024年7月5日，局长卢*对孙**进行约谈", "2024年7月5日=2024-07-05"),
        row("Chinese digits throughout", "二〇二〇年十一月二十四日，发生一起灼烫事故", "二〇二〇年十一月二十四日=2020-11-24"),
        row("○ typed for 〇", "二○一九年七月十九日发生爆炸", "二○一九年七月十九日=2019-07-19"),
        row("time after the date is not part of it", "2020年11月24日上午10时许，位于东瑞北路", "2020年11月24日=2020-11-24"),
        row("two-digit month and day", "登记日期：2011年02月22日，使用性质", "2011年02月22日=2011-02-22"),
        row("号 for 日", "2019年5月6号签订合同", "2019年5月6号=2019-05-06"),
        row("dotted", "该车于2020.11.24进行了年审", "2020.11.24=2020-11-24"),
        row("full-width dot", "该车于2020．11．24进行了年审", "2020．11．24=2020-11-24"),
        row("dashed", "检验日期：2020-11-24，合格", "2020-11-24=2020-11-24"),
        row("slashed", "登记日期2020/11/24", "2020/11/24=2020-11-24"),
        row("dotted date ending a sentence", "事故发生于2020.8.29。", "2020.8.29=2020-08-29"),
        row("leap day in a leap year", "2020年2月29日", "2020年2月29日=2020-02-29"),
        row("range of full dates", "经营期限从2017年2月27日至2027年2月26日", "2017年2月27日=2017-02-27",
            "2027年2月26日=2027-02-26"),
        // months
        row("year and month", "2024年5月，区纪委监委立案审查", "2024年5月=2024-05"),
        row("year and month, no day following", "2023年1月取得许可证", "2023年1月=2023-01"),
        row("month of birth", "驾驶人，男，1964年11月生", "1964年11月=1964-11"),
        row("month with 底", "2015年2月底，昆明市开展检查", "2015年2月底=2015-02"),
        row("month with 份", "自2013年3月份开始一直挂靠", "2013年3月份=2013-03"),
        row("Chinese month", "二〇二〇年十二月", "二〇二〇年十二月=2020-12"),
        row("month range keeps both ends", "2024年1-3月共检查企业", "2024年1=2024-01", "3月=2024-03~"),
        // years
        row("year since", "2024年以来，管理站加强风险辨识", "2024年=2024"),
        row("early in the year", "2024年初开展专项整治", "2024年初=2024"),
        row("end of the year", "2021年底前完成整改", "2021年底=2021"),
        row("year of account", "2022年度安全生产目标考核", "2022年度=2022"),
        row("bare year", "2019年成立", "2019年=2019"),
        row("year range with 至 gives both", "2019年至2021年连续发生事故", "2019年=2019", "2021年=2021"),
        row("year range with a dash gives both", "《危险化学品安全综合治理方案（2017-2019年）》", "2017=2017",
            "2019年=2019"),
        row("listed years", "道路运输证2016年、2017年审验合格", "2016年=2016", "2017年=2017"),
        row("half year", "2023年上半年完成", "2023年上半年=2023"),
        row("初步 is not early in the year", "2024年初步建成", "2024年=2024"),
        row("Chinese-digit year", "二〇二〇年以来", "二〇二〇年=2020"),
        row("first and last allowed years", "1949年，2100年", "1949年=1949", "2100年=2100"),
        // without a year: from the nearest preceding date that wrote one
        row("day without year after a range start", "于2023年1月9日至1月20日开展检查", "2023年1月9日=2023-01-09",
            "1月20日=2023-01-20~"),
        row("month-day after a year since", "2024年以来，5月29日召开会议", "2024年=2024", "5月29日=2024-05-29~"),
        row("middle of a month", "2024年以来。6月中旬对40家单位进行培训", "2024年=2024", "6月中旬=2024-06~"),
        row("month with 份", "2024年以来；7月份开始安排", "2024年=2024", "7月份=2024-07~"),
        row("early in a month", "2022年度，3月上旬", "2022年度=2022", "3月上旬=2022-03~"),
        row("end of a month", "2022年，5月底", "2022年=2022", "5月底=2022-05~"),
        row("listed month after a year-month", "大客车于2018年1月、4月因超速被处罚", "2018年1月=2018-01",
            "4月=2018-04~"),
        row("Chinese month with a suffix", "2024年以来，六月中旬", "2024年=2024", "六月中旬=2024-06~"),
        row("Chinese month-day", "2020年以来，十一月二十四日", "2020年=2020", "十一月二十四日=2020-11-24~"),
        row("nearest year wins", "2019年成立。2021年3月更名。5月10日", "2019年=2019", "2021年3月=2021-03",
            "5月10日=2021-05-10~"),
        row("inferred dates do not move the year", "2019年以来，6月1日，同年7月", "2019年=2019", "6月1日=2019-06-01~",
            "同年7月=2019-07~"),
        row("同年 with a day", "2023年1月9日开工，同年5月20日竣工", "2023年1月9日=2023-01-09", "同年5月20日=2023-05-20~"),
        row("同年 with a month", "2023年1月开工，同年5月竣工", "2023年1月=2023-01", "同年5月=2023-05~"),
        row("当年 as 同年", "2013年3月立案，当年7月19日查封", "2013年3月=2013-03", "当年7月19日=2013-07-19~"),
        row("元月 is January", "始建于2001年4月份，2002年元月完工", "2001年4月份=2001-04", "2002年元月=2002-01"),
        row("元月 without a year", "2002年以来，元月5日", "2002年=2002", "元月5日=2002-01-05~"),
        row("leap day inferred from a leap year", "2024年以来，2月29日", "2024年=2024", "2月29日=2024-02-29~"),
        row("day ending a range", "2018年6月28日至29日，工作组进驻", "2018年6月28日=2018-06-28", "29日=2018-06-29~"),
        row("listed days", "2018年7月4日、5日", "2018年7月4日=2018-07-04", "5日=2018-07-05~"),
        // a bare day followed by a time of day: month from the nearest preceding day
        row("bare day with a part of the day", "2008年10月21日凌晨2时许泄漏，21日下午14时10分排除险情",
            "2008年10月21日=2008-10-21", "21日=2008-10-21~"),
        row("bare day with an hour", "2014年7月18日出发，19日2时57分到达", "2014年7月18日=2014-07-18",
            "19日=2014-07-19~"),
        row("bare day with a dot before the time", "1998年11月2日装车。18日.上午8时30分", "1998年11月2日=1998-11-02",
            "18日=1998-11-18~"),
        row("bare day after 至 without a preceding day", "2015年8月26日0时至27日18时", "2015年8月26日=2015-08-26",
            "27日=2015-08-27~"),
        // relative days: from the nearest preceding day
        row("next day", "2020年11月24日发生事故，伤者于次日凌晨死亡", "2020年11月24日=2020-11-24", "次日=2020-11-25~"),
        row("next day across a month end", "2020年11月30日报告，翌日赶到现场", "2020年11月30日=2020-11-30",
            "翌日=2020-12-01~"),
        row("next day across a year end", "2020年12月31日，次日", "2020年12月31日=2020-12-31", "次日=2021-01-01~"),
        row("same day", "2020年11月24日10时许发生事故，当日14时送医", "2020年11月24日=2020-11-24",
            "当日=2020-11-24~"),
        row("当天", "2018年6月29日7时发生泄漏，当天下午封闭道路", "2018年6月29日=2018-06-29", "当天=2018-06-29~"),
        row("同日", "2016年5月15日被刑事拘留，同日移送", "2016年5月15日=2016-05-15", "同日=2016-05-15~"),
        row("relative day counts from an inferred day", "2020年以来，3月5日检查，次日复查", "2020年=2020",
            "3月5日=2020-03-05~", "次日=2020-03-06~"),
        row("relative day chains", "2020年3月5日，次日，次日", "2020年3月5日=2020-03-05", "次日=2020-03-06~",
            "次日=2020-03-07~"),
        row("month precision does not anchor a relative day", "2020年3月5日，2021年5月，当日",
            "2020年3月5日=2020-03-05", "2021年5月=2021-05", "当日=2020-03-05~"),
        // the seed's sentences
        row("date beside an edition year", "2024年5月31日，区纪委监委依据2018年《中国共产党纪律处分条例》一百三十三条之规定",
            "2024年5月31日=2024-05-31"),
        row("date beside a case name", "2020年11月24日，米东芦草沟“11·24”一般灼烫事故", "2020年11月24日=2020-11-24"),
        // odd Unicode around dates: offsets stay UTF-16
        row("astral characters before", "😀𠀀2024年7月5日", "2024年7月5日=2024-07-05"),
        row("combining mark after", "2024年7月5日\u0301", "2024年7月5日=2024-07-05"),
        // regressions from the real reports
        row("regression: year-month before page noise", "2018年7月-33-3日", "2018年7月=2018-07"),
        row("regression: em-dash year range lost by the pre-filter", "检验期为1989—1994年", "1989=1989",
            "1994年=1994"),
        row("regression: 事发当天 names the accident day, not the nearest date (a licence expiry)",
            "有效期至2021年12月26日。事发当天，上官华军临时驾驶", "2021年12月26日=2021-12-26"),
        row("regression: 事故当日 likewise", "2014年8月30日被取保候审。事故当日支队值班", "2014年8月30日=2014-08-30"),
        row("regression: document number beside a date", "（交通运输部令2016年第36号）第八条。2016年6月3日",
            "2016年6月3日=2016-06-03"));
  }

  static Stream<Arguments> mustNotMatch() {
    return Stream.of(
        // editions of a law
        none("edition before a law title", "依据2018年《中国共产党纪律处分条例》一百三十三条"),
        none("edition in brackets after a title", "《中华人民共和国安全生产法》（2021年修正）"),
        none("revision year", "（2018年修订）"),
        none("revision year in running text", "2021年新修订的安全生产法"),
        none("version year", "2016年版"),
        none("catalogue edition", "《产业结构调整指导目录（2019年本）》"),
        none("bare year in brackets after a title", "《安全生产法》（2021年）第九十五条"),
        none("ministry order number", "（交通运输部令2016年第36号）"),
        none("order number with a Chinese ordinal", "2016年第三十六号令"),
        none("document number in hexagonal brackets", "米政办发〔2024〕15号"),
        none("document number in square brackets", "[2023]8号"),
        // durations
        none("hours", "24小时值班"),
        none("minutes", "不得超过30分钟"),
        none("months as a duration", "3个月"),
        none("years as a duration", "两年"),
        none("years and more", "1年以上"),
        none("five years within", "5年内不得担任"),
        none("full five years", "驾龄满5年"),
        none("five years since", "5年以来未发生事故"),
        none("twelve years as a sentence", "判处有期徒刑十二年"),
        none("near three years", "近三年来无事故"),
        none("prison term", "判处有期徒刑3年6月"),
        none("days as a duration", "拘留15日"),
        none("day range as a duration", "在3-5日内完成"),
        none("bare day without a time of day", "2018年7月3日被拘留，拘留15日，罚款", "2018年7月3日"),
        none("bare day after 第", "2018年7月3日，第3日上午", "2018年7月3日"),
        none("amount before 元月", "2018年，罚款5万元月底前缴清", "2018年"),
        // case names
        none("case name with a middle dot", "“11·24”一般灼烫事故"),
        none("case name with a dot", "“3.16”事故"),
        none("case name with a middle dot, single digits", "“3·16”事故"),
        none("quoted dotted pair", "“8.7”爆炸事故"),
        none("case name with a full date", "“2020.8.29”液氯泄漏事故"),
        none("case name ending a title", "2002.8.3”液氨泄漏事故"),
        none("bare dotted pair", "8.7"),
        // numbers that are not dates
        none("ID card number", "身份证号码510102198208123456"),
        none("plate number", "川F75158"),
        none("plate number with a letter", "鲁H12345"),
        none("phone number", "举报电话0991-12345678"),
        none("mobile number", "13812345678"),
        none("amount", "直接经济损失115万余元"),
        none("amount of 2000", "罚款2000元"),
        none("decimal weight", "22.34吨"),
        none("percentage", "99.3%"),
        none("time alone", "14时20分"),
        none("age", "45岁"),
        none("kilometre post", "K48+300m"),
        none("standard code", "（JTJ073.2-2001）"),
        none("standard with year", "GB6944-2012"),
        none("CAS number", "CAS编号为7775-09-9"),
        none("speed range", "车速在11.7-13Km/h之间"),
        // years out of range
        none("year before 1949", "1948年"),
        none("year after 2100", "2101年"),
        none("year after 2100 in a full date", "2101年1月1日"),
        none("five digits", "12019年"),
        none("dotted year out of range", "1900.1.1"),
        // impossible days
        none("30 February", "2021年2月30日"),
        none("29 February in a common year", "2021年2月29日"),
        none("31 April", "2021年4月31日"),
        none("day 32", "2021年1月32日"),
        none("month 13 dashed", "2021-13-01"),
        none("month 0 dotted", "2021.0.5"),
        none("month 13", "2021年以来，13月", "2021年"),
        none("month 13 after a year", "2021年13月"),
        // no context for what a mention leaves out
        none("month without any year before", "6月中旬对40家单位进行培训"),
        none("relative day without a preceding day", "伤者于次日凌晨死亡"),
        none("relative day after only a year", "2024年以来，次日", "2024年"),
        // words that merely contain 次日, 当日, 同日, 当天
        none("多次日常", "开展多次日常检查"),
        none("应当日常", "应当日常巡查"),
        none("不同日期", "不同日期"),
        none("相当天然", "相当天然"),
        // months that are not dates
        none("a Chinese month without a suffix", "统一月报"),
        none("each month", "每月检查一次"));
  }

  /** What the extractor does today where it is wrong or unsure; a change here should be deliberate. */
  static Stream<Arguments> knownLimitations() {
    return Stream.of(
        // 今年, 去年, 次年 are not resolved: 今年 gives no year, so the month-day after it is dropped
        row("今年 gives no year", "今年4月13日13时许"),
        // a relative day counts from the nearest preceding day even when that is a licence's expiry
        row("relative day after an expiry date", "有效期至2008年7月31日。该车当天运输塑料薄膜", "2008年7月31日=2008-07-31",
            "当天=2008-07-31~"),
        // 次日 in a standing rule (a schedule) is read as a date
        row("次日 in a schedule", "2017年5月23日，高速公路晚19时至次日早7时禁止通行", "2017年5月23日=2017-05-23",
            "次日=2017-05-24~"),
        // a year taken from a birth date: the nearest preceding year is not always the story's year
        row("year inferred from a birth date", "驾驶人，1964年5月生。6月28日出车", "1964年5月=1964-05",
            "6月28日=1964-06-28~"),
        // a date broken by a line break (the normalizer leaves 年\n5月 in logical layouts) is read in two parts
        row("date broken across lines", "检验有效期至2016年\n5月", "2016年=2016", "5月=2016-05~"),
        // a range of month-days without 日 on the first (5月12至5月27日) keeps only the month of the first end
        row("range start without 日", "有效期2016年5月12至2016年5月27日", "2016年5月=2016-05", "2016年5月27日=2016-05-27"));
  }

  @ParameterizedTest
  @MethodSource("knownLimitations")
  void knownLimitations(String text, List<String> expected) {
    finds(text, expected);
  }

  @ParameterizedTest
  @MethodSource("finds")
  void finds(String text, List<String> expected) {
    List<DateFact> facts = extract(text);
    assertEquals(expected, facts.stream().map(DateExtractorTest::describe).toList());
    int from = 0;
    for (DateFact f : facts) {
      assertEquals(switch (f.value().length()) {
        case 10 -> "day";
        case 7 -> "month";
        default -> "year";
      }, f.precision(), f.text());
      int start = text.indexOf(f.text(), from);
      assertEquals(start, f.span().start(), f.text());
      assertEquals(start + f.text().length(), f.span().end(), f.text());
      from = f.span().end();
    }
  }

  /** {@code only} lists the facts allowed to remain (usually none). */
  @ParameterizedTest
  @MethodSource("mustNotMatch")
  void mustNotMatch(String text, List<String> only) {
    assertEquals(only, extract(text).stream().map(DateFact::text).toList());
  }

  /** The pre-filter loses nothing: scanning only the windows finds what a whole-text scan finds. */
  @ParameterizedTest
  @MethodSource({"finds", "mustNotMatch"})
  void windowsAgreeWithAWholeTextScan(String text, List<String> ignored) {
    assertEquals(EXTRACTOR.mentionsWithoutWindows(text), EXTRACTOR.mentions(text));
  }

  @Test
  void seedGivesExactlyTheGoldDates() throws IOException {
    Path seeds = shared("seeds");
    Path text = seeds.resolve("000_3c9f0c8498857cb8.txt");
    Path gold = seeds.resolve("000_3c9f0c8498857cb8.expected.json");
    assumeTrue(Files.exists(text) && Files.exists(gold), "seed absent");
    Set<String> expected = new HashSet<>();
    for (JsonNode d : new ObjectMapper().readTree(gold.toFile()).get("dates")) {
      expected.add(d.get("value").asText() + " " + d.get("precision").asText() + " "
          + d.path("inferred").asBoolean(false));
    }
    String normalized = new TextNormalizer().normalize(Files.readString(text), TextNormalizer.Layout.LOGICAL).text();
    Set<String> found = new DateExtractor().extract(DocumentText.of(normalized)).stream()
        .map(f -> f.value() + " " + f.precision() + " " + f.inferred())
        .collect(Collectors.toSet());
    assertEquals(expected, found);
  }

  @Test
  void seedRawTextGivesTheSameDates() throws IOException {
    Path text = shared("seeds").resolve("000_3c9f0c8498857cb8.txt");
    assumeTrue(Files.exists(text), "seed absent");
    String raw = Files.readString(text);
    String normalized = new TextNormalizer().normalize(raw, TextNormalizer.Layout.LOGICAL).text();
    assertEquals(values(extract(normalized)), values(extract(raw)));
  }

  /** Real reports: no exception, spans in bounds and true to the text; what was found goes to target/ for reading. */
  @Test
  void realReports() throws IOException {
    Path folder = shared("real");
    assumeTrue(Files.isDirectory(folder), "real reports absent");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assumeTrue(!files.isEmpty(), "no real reports");
    StringBuilder dump = new StringBuilder();
    int facts = 0;
    for (Path file : files) {
      String text = new TextNormalizer().normalize(Files.readString(file), TextNormalizer.Layout.LOGICAL).text();
      List<DateFact> found = extract(text);
      assertSane(text, found);
      assertEquals(EXTRACTOR.mentionsWithoutWindows(text), EXTRACTOR.mentions(text), file.toString());
      facts += found.size();
      dump.append("== ").append(file.getFileName()).append('\n');
      for (DateFact f : found) {
        int s = Math.max(0, f.span().start() - 12);
        int e = Math.min(text.length(), f.span().end() + 8);
        dump.append(String.format("%-12s %-5s %s  | %s[%s]%s%n", f.value(), f.precision(), f.inferred() ? "~" : " ",
            text.substring(s, f.span().start()).replace('\n', ' '), f.text(),
            text.substring(f.span().end(), e).replace('\n', ' ')));
      }
    }
    assertTrue(facts > files.size(), "reports have dates");
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "real-dates.txt"), dump.toString(), StandardCharsets.UTF_8);
  }

  /** Random chars, lone surrogates and astral code points, and random runs of date-like tokens. */
  @Test
  void randomInputNeverBreaks() {
    String alphabet = "0123456789年月日号.．-/—至到、“”\"·次当同翌日天份底初末旬上中下度以来版《》（）修订第十一二三〇○零"
        + "四五六七八九百千万元事发故凌晨午时点: \n，。ABCxyz";
    String[] tokens = {"2020", "1949", "2101", "0", "1", "12", "13", "24", "29", "31", "32", "二〇二〇", "十一", "二十四",
        "元", "年", "月", "日", "号", ".", "-", "/", "至", "、", "—", "次日", "当日", "当天", "同年", "当年", "事发", "中旬",
        "份", "底", "初", "以来", "版", "《", "》", "（", "修订", "第", "上午", "8时", "“", "”", "·", "，", "\n", "😀"};
    Random random = new Random(20240705);
    int facts = 0;
    for (int round = 0; round < 6000; round++) {
      // token runs start with a dated context so yearless mentions can resolve
      StringBuilder sb = new StringBuilder(round % 2 == 1 ? "2020年5月6日，" : "");
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(20);
        if (round % 2 == 1) {
          sb.append(tokens[random.nextInt(tokens.length)]);
        } else if (pick == 0) {
          sb.appendCodePoint(0x1F600 + random.nextInt(80)); // emoji: a surrogate pair
        } else if (pick == 1) {
          sb.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
        } else if (pick == 2) {
          sb.append((char) random.nextInt(0x10000));
        } else {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = sb.toString();
      List<DateFact> found = extract(text);
      assertSane(text, found);
      assertEquals(EXTRACTOR.mentionsWithoutWindows(text), EXTRACTOR.mentions(text), text);
      facts += found.size();
    }
    assertTrue(facts > 1000, "the token runs make dates: " + facts);
  }

  @Test
  void hugeInputGivesEveryDate() {
    String block = "2020年11月24日上午10时许发生事故，次日凌晨死亡。2024年以来，6月中旬、7月份开展培训，"
        + "依据2018年《中国共产党纪律处分条例》，“11·24”事故，24小时值班，115万余元，身份证号码510102198208123456。"
        + "一二三四五六七八九十百千万年月日".repeat(3);
    String text = block.repeat(2_000_000 / block.length() + 1);
    List<DateFact> facts = new DateExtractor().extract(new DocumentText(text, List.of(), ReportKind.OTHER));
    assertSane(text, facts);
    assertEquals(5 * (text.length() / block.length()), facts.size(), "five dates per block");
  }

  @Test
  void pathologicalRunsDoNotBacktrack() {
    for (String run : List.of("1", "年", "2020年", "1月", "2020.", "2020-1", "十", "〇", "日至", "次", "当")) {
      String text = run.repeat(100_000 / run.length());
      assertSane(text, extract(text)); // bounded patterns: a backtracking blow-up would show as a hang here
    }
  }

  @Test
  void emptyInput() {
    assertEquals(List.of(), extract(""));
  }

  private static List<DateFact> extract(String text) {
    return EXTRACTOR.extract(DocumentText.of(text));
  }

  private static void assertSane(String text, List<DateFact> facts) {
    int previousEnd = 0;
    for (DateFact f : facts) {
      assertTrue(0 <= f.span().start() && f.span().end() <= text.length(), "span in bounds");
      assertTrue(f.span().start() >= previousEnd, "facts in order, not overlapping");
      assertEquals(f.text(), f.span().of(text), "span text is the fact text");
      switch (f.precision()) {
        case "day" -> LocalDate.parse(f.value());
        case "month" -> LocalDate.parse(f.value() + "-01");
        case "year" -> assertTrue(f.value().matches("\\d{4}"));
        default -> throw new AssertionError("precision " + f.precision());
      }
      int year = Integer.parseInt(f.value().substring(0, 4));
      assertTrue(year >= 1949 && year <= 2100, f.value());
      previousEnd = f.span().end();
    }
  }

  private static List<String> values(List<DateFact> facts) {
    return facts.stream().map(f -> f.value() + " " + f.precision() + " " + f.inferred()).toList();
  }

  private static String describe(DateFact f) {
    return f.text() + "=" + f.value() + (f.inferred() ? "~" : "");
  }

  private static Arguments row(String why, String text, String... expected) {
    return Arguments.of(Named.of(why, text), Arrays.asList(expected));
  }

  private static Arguments none(String why, String text, String... allowed) {
    return Arguments.of(Named.of(why, text), Arrays.asList(allowed));
  }

  /** The shared folder beside the worktrees: ../../shared from a main checkout, ../../../shared from a worktree. */
  static Path shared(String name) {
    for (Path base : List.of(Path.of("..", "..", "shared"), Path.of("..", "..", "..", "shared"))) {
      if (Files.isDirectory(base.resolve(name))) {
        return base.resolve(name);
      }
    }
    return Path.of("..", "..", "shared", name);
  }
}
