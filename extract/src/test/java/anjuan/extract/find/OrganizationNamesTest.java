package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationNamesTest {
  private static final OrganizationNames NAMES = OrganizationNames.standard();

  @ParameterizedTest
  @CsvSource({
      // seed headings
      "乌鲁木齐市米东区市政市容环卫管理站, true",
      "芦草沟乡人民政府, true",
      // a second name in parentheses belongs to the first
      "乌鲁木齐市米东区城市管理局（城市管理行政执法局）, true",
      // a unit inside a bureau
      "岚溪县公安局交通警察大队, true",
      "云溪区住房和城乡建设局, true",
      // headings that are no names
      "孙**, false",
      "事故防范整改措施落实情况, false",
      "事故发生场所及设备情况, false",
      "责任单位, false",
      "工作建议, false",
      "鸿泰公司安全生产主体责任不落实, false",
      // a role, a verb phrase
      "区委常委, false",
      "督促三家公司, false",
      // a parenthesis that is no name
      "澄州市鸿泰化工有限公司（以下简称鸿泰公司）, false",
      // a suffix alone is too short to name anyone
      "公司, false",
      "局, false"})
  void isName(String s, boolean expected) {
    assertEquals(expected, NAMES.isName(s));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // real reports: the words before a name run into it
      "机动车所有人为重庆公路运输(集团)有限公司|重庆公路运输(集团)有限公司",
      "押运员王炜驾乘一辆解放牌平板车装载安庆曙光化工集团有限公司|安庆曙光化工集团有限公司",
      // a lead-in character inside a name stays when too little would be left
      "华为技术有限公司|华为技术有限公司",
      "由鑫泰公司|由鑫泰公司",
      // a name with nothing before it is untouched
      "栖梧市锦尚服饰有限公司|栖梧市锦尚服饰有限公司"})
  void withoutLeadIn(String match, String name) {
    assertEquals(name, NAMES.withoutLeadIn(match));
  }

  @ParameterizedTest
  @CsvSource({
      // text, the name that opens it ('' for none)
      // the name ends before a boundary word
      "县应急管理局共检查企业120家次, 县应急管理局",
      // the bureau is not the end: the brigade is
      "岚溪县公安局交通警察大队组织开展专项检查, 岚溪县公安局交通警察大队",
      // a parenthesized second name is part of it
      "区城市管理局（城市管理行政执法局）一是将重要论述纳入议程, 区城市管理局（城市管理行政执法局）",
      // the name runs to the end of the clause
      "芦草沟乡人民政府, 芦草沟乡人民政府",
      // a name followed by something that opens no predicate is no subject
      "区应急管理局安全监督管理科科长, ''",
      // verbs and prepositions do not open names
      "组织三家公司召开12场培训例会, ''",
      "对辖区生产经营单位开展检查, ''",
      // masks and digits end a name
      "孙**：时任站长, ''"})
  void nameEnd(String text, String expected) {
    int end = NAMES.nameEnd(text, 0, text.length());
    assertEquals(expected, end < 0 ? "" : text.substring(0, end));
  }

  @Test
  void leadingNameOfAHeadingFallsBackToTheFirstName() {
    String heading = "鸿泰公司安全生产主体责任不落实";
    assertEquals(4, NAMES.leadingNameEnd(heading, 0, heading.length()));
    String other = "区应急管理局危化科履职不到位";
    // 履职 opens no predicate in the boundary list: the first name-like prefix
    assertEquals("区应急管理局", other.substring(0, NAMES.leadingNameEnd(other, 0, other.length())));
  }

  @Test
  void shortNamesResolveToFullNames() {
    String text = "2022年3月16日，位于澄州市滨江区纬三路18号的澄州市鸿泰化工有限公司（以下简称鸿泰公司）污水处理站发生事故。\n"
        + "3．岚溪县交通运输局负责全县道路运输行业管理工作，其下属的岚溪县道路运输管理所（以下简称县运管所）具体承担。\n"
        + "1．施工总承包单位：澄州宏筑建设工程有限公司（以下简称宏筑公司），注册地址为澄州市。\n"
        + "鸿泰公司成立于2009年4月，位于澄州滨江化工园区（以下简称化工园区）内。\n"
        + "乌鲁木齐市米东区城市管理局（城市管理行政执法局）（以下简称“区城管局”）负责。";
    ShortNames shortNames = ShortNames.in(text, NAMES);
    assertEquals(Map.of(
        "鸿泰公司", "澄州市鸿泰化工有限公司",
        "县运管所", "岚溪县道路运输管理所",
        "宏筑公司", "澄州宏筑建设工程有限公司",
        // a place is no organization: 化工园区 is not defined
        "区城管局", "乌鲁木齐市米东区城市管理局（城市管理行政执法局）"), shortNames.definitions());
    assertEquals("澄州市鸿泰化工有限公司", shortNames.resolve("鸿泰公司"));
    assertEquals("区应急管理局", shortNames.resolve("区应急管理局"));
  }
}
