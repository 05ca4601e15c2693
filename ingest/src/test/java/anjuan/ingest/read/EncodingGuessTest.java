package anjuan.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingGuessTest {
  private static final String TEXT = "2020年11月24日上午10时许，米东区市政市容环卫管理站发生一起灼烫事故。";
  private static final Charset GBK = Charset.forName("GBK");

  private static byte[] withPrefix(byte[] prefix, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(prefix);
    out.writeBytes(body);
    return out.toByteArray();
  }

  @Test
  void utf8WithAndWithoutBom() {
    assertEquals("UTF-8", EncodingGuess.decode(TEXT.getBytes(StandardCharsets.UTF_8), null).encoding());
    EncodingGuess.Decoded bom = EncodingGuess.decode(
        withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)), null);
    assertEquals("UTF-8", bom.encoding());
    assertEquals(TEXT, bom.text());
  }

  @Test
  void utf16WithBom() {
    EncodingGuess.Decoded le = EncodingGuess.decode(
        withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)), null);
    assertEquals("UTF-16LE", le.encoding());
    assertEquals(TEXT, le.text());
    EncodingGuess.Decoded be = EncodingGuess.decode(
        withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)), null);
    assertEquals(TEXT, be.text());
  }

  @Test
  void gbkWithoutAnyMark() {
    EncodingGuess.Decoded d = EncodingGuess.decode(TEXT.getBytes(GBK), null);
    assertEquals("GB18030", d.encoding());
    assertEquals(TEXT, d.text());
    assertTrue(d.warnings().isEmpty());
  }

  @Test
  void veryShortGbkFiles() {
    // statistical detectors read two-character GBK files as Big5 or Latin-1
    for (String s : new String[] {"事故", "批复", "无。", "附件1：清单"}) {
      EncodingGuess.Decoded d = EncodingGuess.decode(s.getBytes(GBK), null);
      assertEquals(s, d.text(), s);
      assertEquals("GB18030", d.encoding());
    }
  }

  @Test
  void aDeclaredCharsetThatLiesIsOverruledByTheBytes() {
    // GBK bytes in a page that says UTF-8, and UTF-8 bytes in a page that says GBK
    assertEquals(TEXT, EncodingGuess.decode(TEXT.getBytes(GBK), "utf-8").text());
    assertEquals(TEXT, EncodingGuess.decode(TEXT.getBytes(StandardCharsets.UTF_8), "gbk").text());
  }
}
