package anjuan.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {
  @ParameterizedTest
  @CsvSource({
      "158, 158",
      "一百五十八, 158",
      "一百三十三, 133",
      "十一, 11",
      "十, 10",
      "二十, 20",
      "一百一十, 110",
      "一百零五, 105",
      "一千零十, 1010",
      "两, 2",
      "两万三千, 23000",
      "二〇二〇, 2020",
      "二零一九, 2019",
      "1.2万, 12000",
      "115万, 1150000",
      "586.3万, 5863000",
      "3亿, 300000000",
      "'1,250', 1250"})
  void values(String written, long value) {
    assertEquals(value, ChineseNumerals.parseLong(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "第一", "一是", "万"})
  void notNumerals(String written) {
    assertNull(ChineseNumerals.parseLong(written));
  }
}
