package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;

import anjuan.extract.fact.CaseFacts;
import anjuan.extract.text.DocumentText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseExtractorTest {
  private static CaseFacts of(String text) {
    return new CaseExtractor().extract(DocumentText.of(text)).get(0);
  }

  private static final String SEED_OPENING = "一般灼烫事故防范整改措施和责任追究落实情况评估报告\n\n"
      + "2020年11月24日上午10时许，位于乌鲁木齐市米东区东瑞北路104号的米东区市政市容环卫管理站发生一起灼烫事故，"
      + "事故造成1人死亡，直接经济损失人民币115万余元。\n"
      + "区安委办组织对米东芦草沟市政市容环卫管理站“11·24”一般灼烫事故开展评估工作。";

  @Test
  void theSeedsAccident() {
    CaseFacts c = of(SEED_OPENING);
    assertEquals("米东芦草沟市政市容环卫管理站“11·24”一般灼烫事故", c.name());
    assertEquals("2020-11-24", c.date());
    assertEquals("10:00", c.time());
    assertEquals("乌鲁木齐市米东区东瑞北路104号", c.place());
    assertEquals("米东区市政市容环卫管理站", c.unit());
    assertEquals("灼烫", c.type());
    assertEquals("一般", c.grade());
    assertEquals(1, c.deaths());
    assertEquals(null, c.injuries());
    assertEquals(1_150_000L, c.directLossYuan());
    assertEquals("115万余元", c.directLossText());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the time of day, 24 hours
      "2019年8月7日凌晨4时30分许，发生事故。|04:30",
      "2021年5月18日下午2时20分许，发生事故。|14:20",
      "2022年3月16日14时20分许，发生事故。|14:20",
      "2023年4月26日晚上9时许，发生事故。|21:00",
      "2023年4月26日晚上9时半，发生事故。|21:30"})
  void times(String text, String time) {
    assertEquals(time, of(text).time());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // casualties written in the ways reports do
      "2020年1月1日，造成3人死亡、2人受伤。|3|2",
      "2020年1月1日，事故造成1人死亡。|1|",
      "2020年1月1日，将在坡脚指挥作业的1名工人掩埋，经抢救无效死亡。|1|",
      // two groups of the dead are added (real report d001)
      "2020年1月1日，造成车内2人和村民4人死亡。|6|",
      // the summary before the date when the account after it gives no count (real report d014)
      "一、事故概况。某市化工厂学徒工违章私自开车，造成15人中毒，1人死亡。1984年2月20日14时30分，耿某违章开车回车库。|1|"})
  void casualties(String text, Integer deaths, Integer injuries) {
    CaseFacts c = of(text);
    assertEquals(deaths, c.deaths());
    assertEquals(injuries, c.injuries());
  }

  /** Real reports d033, d036, d039 put 余 or 多 before 万; the seed after it. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2016年5月14日，造成9人死亡、21人受伤，直接经济损失470余万元。|4700000|470余万元",
      "2017年5月23日，造成15人死亡，直接经济损失4200多万元。|42000000|4200多万元",
      "2024年7月5日，事故造成1人死亡，直接经济损失人民币115万余元。|1150000|115万余元",
      "2020年1月1日，直接经济损失约3.5万元。|35000|3.5万元"})
  void directLoss(String text, long yuan, String written) {
    CaseFacts c = of(text);
    assertEquals(yuan, c.directLossYuan());
    assertEquals(written, c.directLossText());
  }

  /** A notice opening with a summary of two accidents counts the first one from its own date on. */
  @Test
  void casualtiesOfTheFirstAccidentOfANotice() {
    assertEquals(1, of("近期，我市接连发生两起事故，共造成2人死亡。\n2024年5月9日，一名作业人员被挤压，事故造成1人死亡。").deaths());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // explicit type beats the case name
      "经调查认定，岚溪县“8·7”危险化学品运输车辆侧翻事故是一起一般生产安全责任事故。事故类型为车辆伤害，事故等级为一般事故。|车辆伤害|一般",
      "澄州市鸿泰化工有限公司“3·16”较大中毒和窒息事故调查报告|中毒和窒息|较大",
      "峤梧高速丰林段“10·9”较大道路交通事故|道路交通|较大",
      // no case name: the title names the accident
      "槐溪镇人民政府关于槐溪镇金穗家庭农场一般触电事故的通报|触电|一般",
      // 重大 inside 特别重大
      "湖南沪昆高速“7·19”特别重大道路交通危化品爆燃事故|道路交通|特别重大"})
  void typeAndGrade(String text, String type, String grade) {
    CaseFacts c = of(text);
    assertEquals(type, c.type());
    assertEquals(grade, c.grade());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2020年10月9日5时50分许，客车在峤梧高速公路丰林段K127+450m处与货车发生追尾碰撞。|峤梧高速公路丰林段K127+450m",
      "2019年8月7日凌晨，罐车行驶至省道S216线岚溪县双河镇段K48+300m处时发生侧翻。|省道S216线岚溪县双河镇段K48+300m",
      "2021年9月3日，位于澄州市云溪区望江街88号、由澄州宏筑建设工程有限公司施工总承包的项目发生事故。|澄州市云溪区望江街88号"})
  void places(String text, String place) {
    assertEquals(place, of(text).place());
  }

  /** Real reports d022, d040, d072, d096, d100, d111: a two-character city is a place; a body part or a vessel is not. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2008年11月24日，该车途经杭州时因铁路部门拒绝托运，改走公路。|杭州",
      // a route passed is not where the accident happened (d040, d072)
      "客车起点为郴州，主要途经地：333省道、107国道，停靠地点：无停靠地点，客运班线类型：一类。|",
      "到北京后，上107国道，途经河北、河南等多省到达丙省。|",
      "2009年9月2日，位于金兰物流基地内的仓库发生爆炸。|金兰物流基地内",
      "1987年11月30日，操作工去拉开关时，静电放电发生在他身上，点燃了汽油。|",
      "2003年11月3日，焊工对位于瓶体下部挖补处进行补焊时发生爆炸。|"})
  void placesFromRealReports(String text, String place) {
    assertEquals(place, of(text).place());
  }

  /** Real report d054: the opening describes the vehicle's registration first; the case tag says which date. */
  @Test
  void theDateThatAgreesWithTheCaseTag() {
    CaseFacts c = of("荣乌高速烟台莱州段“1·16”重大道路交通事故调查报告\n一、基本情况\n车辆于2014年7月7日注册登记。\n"
        + "2015年1月16日17时52分许，小型面包车行驶至荣乌高速莱州段时与货车相撞。");
    assertEquals("2015-01-16", c.date());
    assertEquals("17:52", c.time());
  }

  /** Real reports d043, d046, d062, d075: the words and bodies before a case name are no part of it. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "由河南省人民政府组成的国务院京珠高速河南信阳“7·22”特别重大卧铺客车燃烧事故调查组。|京珠高速河南信阳“7·22”特别重大卧铺客车燃烧事故",
      "云南省政府昆明市官渡区东盟联丰农产品商贸中心“3·04”酒精燃爆重大事故调查报告|昆明市官渡区东盟联丰农产品商贸中心“3·04”酒精燃爆重大事故",
      "请各单位做好温州市三星乳胶股份有限公司“12·1”事故善后工作。|温州市三星乳胶股份有限公司“12·1”事故",
      "事故调查组认定平度市“4·24”山东优化物流有限公司油罐车维修致人死亡事故是一起生产安全责任事故。|平度市“4·24”山东优化物流有限公司油罐车维修致人死亡事故"})
  void caseNamesWithoutTheirLeadIn(String text, String name) {
    assertEquals(name, of(text).name());
  }

  @Test
  void operatorNamedWithTheProject() {
    assertEquals("澄州宏筑建设工程有限公司",
        of("2021年9月3日，位于澄州市云溪区望江街88号、由澄州宏筑建设工程有限公司施工总承包的翠湾花园项目发生事故。").unit());
  }

  /** The unit after the place, followed by what of it burned (found on m1, where the case name's shorter form won). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2019年12月7日3时15分许，位于栖梧市鸣泉区沁芳街道桂井路317号的栖梧市锦尚服饰有限公司生产经营场所发生火灾。|栖梧市锦尚服饰有限公司",
      "2022年3月1日，位于青禾市建设路8号的青禾市鑫泰物流有限公司仓库内发生坍塌。|青禾市鑫泰物流有限公司",
      "2022年3月1日，位于青禾市建设路8号的青禾市鑫泰物流有限公司在装卸作业中发生事故。|青禾市鑫泰物流有限公司",
      // a market is where it happened; the company inside it is whose accident it is (real report d062)
      "2014年12月1日，位于温州市鹿城区牛山北路13号的化工市场内温州市三星乳胶股份有限公司员工在装卸时发生泄漏。|温州市三星乳胶股份有限公司"})
  void unitAfterPlace(String text, String unit) {
    assertEquals(unit, of(text).unit());
  }

  @Test
  void nothingStatedNothingGuessed() {
    CaseFacts c = of("关于开展安全生产大检查的通知\n各单位要认真开展检查。");
    assertEquals(CaseFacts.none(), c);
  }
}
