package anjuan.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrCorrectionsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // h1-notice.png read with --psm 4: the sanction was lost
      "给予镇安监站站长郑立新诚揭谈话。|给予镇安监站站长郑立新诫勉谈话。",
      // c3-approval.pdf: the accident type was lost
      "一般高处验落事故调查报告的批复|一般高处坠落事故调查报告的批复",
      // a correct reading is left alone
      "给予其诫勉谈话，高处坠落。|给予其诫勉谈话，高处坠落。",
      // a single misread character is not guessed at outside the word
      "诚信经营|诚信经营"})
  void correctsKnownMisreadings(String ocr, String expected) {
    assertEquals(expected, OcrCorrections.apply(ocr));
  }
}
