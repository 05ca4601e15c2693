package anjuan.extract.measure;

import anjuan.extract.fact.Coverage;
import anjuan.extract.text.Sentences;
import anjuan.ingest.Span;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether an outcome covers each clause of a requirement. A clause's key terms are its HanLP words of two
 * or more characters, less the words every safety text uses ({@code 加强}, {@code 落实}, {@code 安全生产}…); the
 * clause is covered when one of them, or a word related to it in {@code measure-synonyms.tsv} (上报 ~ 报送), appears
 * in the outcome, and the outcome sentence holding most of them is the evidence. A clause made only of generic words
 * is covered by any outcome. The rule is lenient on purpose: an auditor is shown a clause as uncovered only when the
 * outcome says nothing about any of its specific terms (it stops at paraphrases outside the related-word table).
 */
final class CoverageMatcher {
  private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment()
      .enableNameRecognize(false)
      .enablePlaceRecognize(false)
      .enableOrganizationRecognize(false)
      .enableNumberQuantifierRecognize(false));

  List<Coverage> cover(String text, List<Span> clauses, Span outcome) {
    // a sentence saying something was not done (尚未建立…, 均未配备…) covers nothing, whatever words it repeats
    List<Span> outcomeSentences = outcome == null ? List.of()
        : shift(Sentences.split(outcome.of(text)), outcome.start()).stream().filter(s -> !saysNotDone(s.of(text))).toList();
    List<Coverage> out = new ArrayList<>();
    for (Span clause : clauses) {
      String c = clause.of(text);
      if (outcome == null) {
        out.add(new Coverage(c, false, null));
        continue;
      }
      Set<String> terms = keyTerms(c);
      Span best = null;
      int bestHits = -1;
      for (Span s : outcomeSentences) {
        String sentence = s.of(text);
        int hits = (int) terms.stream().filter(t -> mentions(sentence, t)).count();
        if (hits > bestHits) {
          bestHits = hits;
          best = s;
        }
      }
      String whole = String.join("\n", outcomeSentences.stream().map(s -> s.of(text)).toList());
      boolean covered = terms.isEmpty() ? !whole.isBlank() : terms.stream().anyMatch(t -> mentions(whole, t));
      out.add(new Coverage(c, covered, covered ? best : null));
    }
    return out;
  }

  static Set<String> keyTerms(String clause) {
    Set<String> terms = new LinkedHashSet<>();
    for (Term t : SEGMENT.get().seg(clause)) {
      String w = t.word;
      if (w.length() >= 2 && w.chars().allMatch(ch -> ch >= 0x4E00 && ch <= 0x9FFF) && !MeasureWords.isGeneric(w)) {
        terms.add(w);
      }
    }
    return terms;
  }

  static boolean saysNotDone(String sentence) {
    return MeasureWords.notDone().stream().anyMatch(sentence::contains);
  }

  private static boolean mentions(String outcome, String term) {
    return MeasureWords.related(term).stream().anyMatch(outcome::contains);
  }

  private static List<Span> shift(List<Span> spans, int by) {
    return spans.stream().map(s -> new Span(s.start() + by, s.end() + by)).toList();
  }
}
