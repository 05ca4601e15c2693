package anjuan.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleQueryTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // every way a person writes article 158 of the Party discipline regulation
      "《中国共产党纪律处分条例》第一百五十八条|中国共产党纪律处分条例/158",
      "纪律处分条例 158条|中国共产党纪律处分条例/158",
      "纪律处分条例第158条|中国共产党纪律处分条例/158",
      "中国共产党纪律处分条例第一百五十八条|中国共产党纪律处分条例/158",
      "  纪律处分条例  第 158 条 |中国共产党纪律处分条例/158",
      // with a paragraph, only that paragraph
      "《中国共产党纪律处分条例》第一百五十八条第二款|中国共产党纪律处分条例/158/p2",
      "纪律处分条例第158条第2款|中国共产党纪律处分条例/158/p2",
      // items, added articles, editions
      "问责条例第八条第二款第四项|中国共产党问责条例/8/p2/i4",
      "刑法第一百三十三条之一|中华人民共和国刑法/133-1",
      "2018年《中国共产党纪律处分条例》第一百三十三条|中国共产党纪律处分条例@2018/133",
      // other laws, written short
      "安全生产法第三十八条|中华人民共和国安全生产法/38",
      "《安全生产法》第九十五条第一项|中华人民共和国安全生产法/95/i1",
      // a law alone matches every article cited under it
      "安全生产法|中华人民共和国安全生产法"})
  void writtenFormsGiveOneKey(String written, String key) throws QueryException {
    assertEquals(key, ArticleQuery.key(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "第158条", "不是法律", "*"})
  void unreadableArticlesAreUsageErrors(String written) {
    assertThrows(QueryException.class, () -> ArticleQuery.key(written));
  }
}
