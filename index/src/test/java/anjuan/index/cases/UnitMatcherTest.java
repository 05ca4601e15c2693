package anjuan.index.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitMatcherTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the example: full name with its alternative name, and the short form an evaluation uses
      "乌鲁木齐市米东区城市管理局（城市管理行政执法局）|区城市管理局|true",
      "乌鲁木齐市米东区城市管理局（城市管理行政执法局）|乌鲁木齐市米东区城市管理局|true",
      "岚溪县交通运输局|县交通运输局|true",
      // an abbreviation defined by 以下简称
      "澄州市鸿泰化工有限公司|鸿泰公司|true",
      "澄州市滨江区沙湾街道办事处|沙湾街道办事处|true",
      // different units of one county
      "岚溪县交通运输局|岚溪县公安局交通警察大队|false",
      "县公安局|岚溪县公安局交通警察大队|false",
      "澄州市鸿泰化工有限公司|澄州宏筑建设工程有限公司|false",
      "区应急管理局|区城市管理局|false",
      "芦草沟乡人民政府|米东区人民政府|false"})
  void sameUnit(String a, String b, boolean same) {
    assertEquals(same, UnitMatcher.same(a, b));
    assertEquals(same, UnitMatcher.same(b, a));
  }
}
