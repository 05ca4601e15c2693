package anjuan.extract.people;

import anjuan.extract.fact.Handling;
import anjuan.extract.sanction.ActionVocabulary;
import anjuan.ingest.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the proposed handling and the outcome of one responsibility entry. Evaluation reports label them
 * ({@code 处理建议：…} / {@code 落实情况：…}); investigation reports write the proposal as a sentence with
 * {@code 建议} ({@code 建议给予林国栋同志党内警告处分}).
 */
final class HandlingParser {
  private static final Pattern PROPOSED_LABEL = Pattern.compile("(?:处理建议|处理意见|建议处理|问责建议)[：:]");
  private static final Pattern OUTCOME_LABEL = Pattern.compile("(?:落实情况|处理情况|处理结果|执行情况|落实结果)[：:]");
  private static final Pattern SUGGESTS = Pattern.compile("建议");
  /** A clause that opens with one of these states a duty. */
  private static final Pattern DUTY = Pattern.compile("(?:主要|具体)?(?:负责|分管|主管|协管|承担)");
  /** The acting body: an organization name ending in one of these, before the verb that acts. */
  private static final Pattern BY_PROPOSED =
      Pattern.compile("由([\\u4e00-\\u9fa5（）()、]{2,40}?)(?:依据|依法|依规|依纪|按照|根据|对其|对|进行|给予|予以|作出|追究|按)");
  private static final Pattern BY_OUTCOME = Pattern.compile(
      "^(?:[^，。；]{0,20}?日[，,])?([\\u4e00-\\u9fa5（）()、*]{2,50}?)(?:依据|依法|依规|依纪|根据|按照|对其|对|给予|予以|经|作出|与|以|将|决定|已)");
  private static final Pattern ORGANIZATION_PREFIX = Pattern.compile(
      "[\\u4e00-\\u9fa5]{1,30}?(?:纪委监委|纪委|监委|人民法院|法院|检察院|人民政府|政府|公安局|分局|委员会|管委会|办公室|"
          + "局|委|厅|部|院|公司|集团|中心|站|所|大队|支队|办事处|街道)(?:[（(][^）)]{1,20}[）)])?(?=[^\\u4e00-\\u9fa5（(]|$|党组|党委|主要|副|局长|书记|主任|依据|对|给予|经|作出|与|将|已)");
  private static final Pattern TRAILING_PERSON = Pattern.compile("[\\u4e00-\\u9fa5]{1,2}[*＊某]{1,3}$");

  private final ActionVocabulary actions;

  HandlingParser(ActionVocabulary actions) {
    this.actions = actions;
  }

  record Parsed(Handling proposed, Handling outcome) {}

  Parsed parse(String text, Span entry, boolean proposalsOnly) {
    int start = entry.start();
    int end = entry.end();
    Span proposedSpan = null;
    Span outcomeSpan = null;
    Matcher outcome = OUTCOME_LABEL.matcher(text).region(start, end);
    int outcomeAt = outcome.find() ? outcome.start() : -1;
    Matcher proposed = PROPOSED_LABEL.matcher(text).region(start, outcomeAt >= 0 ? outcomeAt : end);
    if (proposed.find()) {
      proposedSpan = Span.trimmed(text, proposed.end(), outcomeAt >= 0 ? outcomeAt : sentenceEnd(text, proposed.end(), end));
    } else {
      Matcher suggests = SUGGESTS.matcher(text).region(start, outcomeAt >= 0 ? outcomeAt : end);
      while (suggests.find()) {
        int sEnd = sentenceEnd(text, suggests.start(), end);
        if (!actions.find(text, suggests.start(), sEnd).isEmpty()) {
          proposedSpan = Span.trimmed(text, clauseStart(text, suggests.start(), start), sEnd);
          break;
        }
      }
    }
    if (outcomeAt >= 0) {
      outcomeSpan = Span.trimmed(text, outcome.end(), end);
    } else if (!proposalsOnly) {
      // no label: what the entry reports as done, outside the proposal (被公安机关刑事拘留, 给予…处分)
      int from = start;
      while (from < end) {
        int sEnd = sentenceEnd(text, from, end);
        boolean inProposal = proposedSpan != null && proposedSpan.overlaps(new Span(from, sEnd));
        if (!inProposal && !actionsIn(text, from, sEnd).isEmpty() && !text.substring(from, sEnd).contains("建议")) {
          outcomeSpan = Span.trimmed(text, from, sEnd);
          break;
        }
        from = sEnd;
      }
    }
    return new Parsed(handling(text, proposedSpan, BY_PROPOSED), handling(text, outcomeSpan, BY_OUTCOME));
  }

  Handling handling(String text, Span span, Pattern byPattern) {
    if (span == null || span.length() == 0) {
      return null;
    }
    List<String> found = actionsIn(text, span.start(), span.end());
    String action = actions.mostSevere(found);
    return new Handling(span.of(text), null, action, found, by(span.of(text), byPattern), List.of(), span);
  }

  /** The actions named in {@code [from, to)} that befall someone: not those of a quoted rule or of a duty. */
  private List<String> actionsIn(String text, int from, int to) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
    return actions.find(text, from, to).stream()
        .filter(m -> !quoted(text, lineStart, m.span().start()))
        .filter(m -> !inDuty(text, m.span().start()))
        .map(m -> m.action().name()).distinct().toList();
  }

  /**
   * In a clause that states a duty (负责窗口日常管理、公章和行政处罚): what the person's job was, not what befell them
   * (real report d037).
   */
  private static boolean inDuty(String text, int at) {
    int i = at;
    while (i > 0 && "，,；;。：:\n".indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return DUTY.matcher(text).region(i, at).lookingAt();
  }

  /**
   * Inside “…” opened after {@code from} (the line's start: a proposal may begin inside a quoted rule that a sentence
   * end split): the words of a quoted rule (构成犯罪的由司法机关依法追究刑事责任) are no handling.
   */
  private static boolean quoted(String text, int from, int at) {
    boolean open = false;
    for (int i = from; i < at; i++) {
      char c = text.charAt(i);
      if (c == '“') {
        open = true;
      } else if (c == '”' || c == '"') { // real reports close “ with a straight quote as often as not
        open = false;
      }
    }
    return open;
  }

  /**
   * The body that acts: an organization name ({@code 区纪委监委}, {@code 乌鲁木齐市米东区城市管理局（城市管理行政执法局）})
   * before the verb; when officials act in person ({@code 区委常委、纪委书记王*对许**进行提醒谈话}), their posts.
   */
  private static String by(String passage, Pattern pattern) {
    Matcher m = pattern.matcher(passage);
    if (!m.find()) {
      return null;
    }
    String who = m.group(1).replaceAll("^(?:由|经)", "");
    Matcher org = ORGANIZATION_PREFIX.matcher(who);
    if (org.lookingAt() && org.end() >= 2) {
      return org.group();
    }
    String posts = TRAILING_PERSON.matcher(who).replaceAll("").replaceAll("[、，和及]+$", "");
    return posts.length() >= 2 ? posts : null;
  }

  /** The end of the sentence starting at {@code from}, past its 。 or line break, so a loop always moves on. */
  private static int sentenceEnd(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '\n') {
        return i + 1;
      }
    }
    return limit;
  }

  /** Back to the start of the clause holding {@code at}: {@code 依据《…》第X条，建议给予…} keeps its 依据 part. */
  private static int clauseStart(String text, int at, int limit) {
    int i = at;
    while (i > limit && "。\n".indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }
}
