package anjuan.extract.people;

import anjuan.extract.Extractor;
import anjuan.extract.fact.Handling;
import anjuan.extract.fact.Person;
import anjuan.extract.sanction.ActionVocabulary;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import anjuan.ingest.Span;
import anjuan.ingest.text.CharClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every person a report names, masked ({@code 孙**}, {@code 张某}) or in full, and for those it holds
 * responsible, the proposed handling and the outcome.
 *
 * <ul>
 *   <li>Responsible: the entries of responsibility sections ({@link ResponsibilityEntries}), and in notices the
 *       target of an action ({@code 给予该镇安监站站长郑立新诫勉谈话}, {@code 邓某已被公安机关刑事拘留}).
 *   <li>Others: masked names anywhere, and full names where a rule and HanLP agree: after a role
 *       ({@code 局长王建国}), before {@code 同志}, or before {@code （男，…岁）} / {@code ，男，}.
 * </ul>
 * Dates and citations of each handling are attached later ({@code anjuan.extract.resolve.HandlingResolver}).
 */
public final class PersonFinder implements Extractor<Person> {
  private static final Pattern NAME_MARK =
      Pattern.compile("同志|[（(，,](?:男|女)[，,、）)]|，中共党员|，时任|[（(]已?死亡|[（(]遇难");
  /** The characters {@link #NAME_MARK} can start with. */
  private static final String MARK_STARTS = "同（(，,";
  /** Narrative: 在旁作业的陈小军随即呼救 — a person doing something, introduced by 的. */
  /** Words that join a name to what follows: 和, 与, 及, 同 (another person), 为 (a role given). */
  private static final String JOINERS = "和与及同为";
  /** One-character words that follow a name before a clause mark (李明等，李明说，) and are no part of it. */
  private static final String NOT_NAME_END = "等和与及的了在说称讲也都又还已将就被把向从对到去来是";
  /** How far after 和 the second person's role may end. */
  private static final int JOINED_REACH = 30;
  private static final Pattern NARRATIVE_VERB = Pattern.compile("随即|立即|发现|看到|听到|呼救|报警|赶到|上前|驾驶|当即");
  private static final Pattern NARRATIVE = Pattern.compile("的[\\u4e00-\\u9fa5]{2,3}(?:" + NARRATIVE_VERB.pattern() + ")");
  private static final Pattern TARGET_BEFORE = Pattern.compile("(?:对|给予|予以|将|责令)(?:其)?$");
  private static final Pattern TARGET_AFTER = Pattern.compile("^(?:[^，。；]{0,12}?)(?:已被|被|因涉嫌|涉嫌|受到)");
  private static final int ROLE_WINDOW = 7;
  /** Characters of context HanLP sees on each side of a possible name. */
  private static final int WINDOW = 8;
  /** The body acting in a sentence of a notice: what stands before the verb ({@code 镇党委给予…}). */
  private static final Pattern BY_IN_SENTENCE =
      Pattern.compile("^(?:[^，。；]{0,20}?日[，,])?([\\u4e00-\\u9fa5（）]{2,30}?)(?:对|给予|予以|依据|依法|已|经|决定)");

  private final PersonNames names = PersonNames.standard();
  private final NameSegmenter segmenter = new NameSegmenter();
  private final ActionVocabulary actions = ActionVocabulary.standard();
  private final ResponsibilityEntries entries = new ResponsibilityEntries(names);
  private final HandlingParser handlings = new HandlingParser(actions);

  private record Mention(String name, Span span) {}

  @Override
  public List<Person> extract(DocumentText doc) {
    String text = doc.text();
    Map<String, Person> people = new LinkedHashMap<>();
    List<Span> entryExtents = new ArrayList<>();
    boolean proposalsOnly = doc.kind() == ReportKind.INVESTIGATION;
    for (Entry e : entries.find(doc)) {
      HandlingParser.Parsed parsed = handlings.parse(text, e.extent(), proposalsOnly);
      entryExtents.add(e.extent());
      Person p = new Person(e.name(), names.isMasked(e.name()), parsed.proposed() != null || parsed.outcome() != null,
          roles(text, e), parsed.proposed(), parsed.outcome(), e.nameSpan(), e.extent());
      people.merge(e.name(), p, PersonFinder::merge);
    }
    List<Mention> mentions = mentions(doc);
    for (Mention m : mentions) {
      Person known = people.get(m.name());
      if (known != null && (known.responsible() || known.entrySpan() != null)) {
        continue;
      }
      boolean insideEntry = entryExtents.stream().anyMatch(x -> x.contains(m.span()));
      Handling handling = insideEntry ? null : targetedHandling(doc, m, mentions);
      if (known != null && handling == null) {
        continue; // a later mention that says nothing new
      }
      people.put(m.name(), new Person(m.name(), names.isMasked(m.name()), handling != null, List.of(),
          handling != null && handling.text().contains("建议") ? handling : null,
          handling != null && !handling.text().contains("建议") ? handling : null,
          known != null ? known.span() : m.span(), null));
    }
    return List.copyOf(people.values());
  }

  private static Person merge(Person a, Person b) {
    List<String> roles = new ArrayList<>(a.roles());
    b.roles().stream().filter(r -> !roles.contains(r)).forEach(roles::add);
    return new Person(a.name(), a.masked(), a.responsible() || b.responsible(), roles,
        a.proposed() != null ? a.proposed() : b.proposed(), a.outcome() != null ? a.outcome() : b.outcome(), a.span(),
        a.entrySpan() != null ? a.entrySpan() : b.entrySpan());
  }

  /** Every name mention: masked names by pattern, full names by context confirmed by HanLP. */
  private List<Mention> mentions(DocumentText doc) {
    String text = doc.text();
    List<Mention> out = new ArrayList<>();
    for (Span masked : names.maskedNames(text)) {
      Span span = masked;
      // 班长孙某某 is 孙某某 after the role 班长, not the compound surname 长孙
      if (span.length() > 2 && names.roleEndingAt(text, span.start() + 1) != null
          && names.isMasked(text.substring(span.start() + 1, span.end()))) {
        span = new Span(span.start() + 1, span.end());
      }
      out.add(new Mention(span.of(text), span));
    }
    for (Span window : windows(text, doc)) {
      String w = window.of(text);
      List<NameSegmenter.Token> tokens = segmenter.tokens(w);
      for (int i = 0; i < tokens.size(); i++) {
        NameSegmenter.Token t = tokens.get(i);
        if (!t.person() || !names.isFullName(t.word())) {
          continue;
        }
        int start = window.start() + t.offset();
        int end = start + t.word().length();
        String name = t.word();
        // HanLP cuts 郝爱萍（女，47岁） into 郝爱 and 萍: the mark says where the name ends
        if (name.length() == 2 && end + 1 < text.length() && CharClass.isCjk(text.charAt(end))
            && NAME_MARK.matcher(text).region(end + 1, text.length()).lookingAt()
            && names.isFullName(text.substring(start, end + 1))) {
          end++;
          name = text.substring(start, end);
        }
        // HanLP cuts 局长屈湘水， into 屈湘 and 水: one more character before a clause mark is the name's own
        if (name.length() == 2 && end + 1 < text.length() && CharClass.isCjk(text.charAt(end))
            && "，、。；（(".indexOf(text.charAt(end + 1)) >= 0 && NOT_NAME_END.indexOf(text.charAt(end)) < 0
            && names.isFullName(text.substring(start, end + 1))) {
          end++;
          name = text.substring(start, end);
        }
        if (joinerEndsName(text, start, end)) {
          end--;
          name = text.substring(start, end);
        }
        Span sentence = doc.sentenceAt(start);
        boolean afterRole = (i > 0 && (tokens.get(i - 1).jobTitle() || names.roles().contains(tokens.get(i - 1).word())))
            || names.roleEndingAt(text, start) != null;
        boolean beforeMark = NAME_MARK.matcher(text).region(end, text.length()).lookingAt();
        boolean lineHead = sentence != null && start == sentence.start() && end < text.length()
            && "，：".indexOf(text.charAt(end)) >= 0;
        // 架子工黄德明、陈小军2人: a name listed after one already taken
        boolean listed = i > 1 && tokens.get(i - 1).word().equals("、")
            && accepted(out, window.start() + tokens.get(i - 2).offset());
        boolean narrative = start > 0 && text.charAt(start - 1) == '的'
            && NARRATIVE_VERB.matcher(text).region(end, text.length()).lookingAt();
        if ((afterRole || beforeMark || lineHead || listed || narrative) && !accepted(out, start)) {
          out.add(new Mention(name, new Span(start, end)));
        }
      }
    }
    // a name read whole once (郝爱萍（女，…）) is whole wherever HanLP cut it short again (操作工郝爱萍。)
    for (int k = 0; k < out.size(); k++) {
      Mention m = out.get(k);
      for (Mention whole : out) {
        if (whole.name().length() > m.name().length() && whole.name().startsWith(m.name())
            && text.startsWith(whole.name(), m.span().start())) {
          out.set(k, new Mention(whole.name(), new Span(m.span().start(), m.span().start() + whole.name().length())));
          break;
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return out;
  }

  /**
   * HanLP reads a joining word into a name: 副市长吴敏和浏阳市安全监管局局长屈湘水, 吴利和爆破班长宣守兵 (和 joins a second
   * person named after a role), 局长王建为指挥长 (为 assigns a role). Names do end in 和 (林凤和), so the word is cut
   * only when what follows it says so.
   */
  private boolean joinerEndsName(String text, int start, int end) {
    if (end - start != 3 || JOINERS.indexOf(text.charAt(end - 1)) < 0) {
      return false;
    }
    if (text.charAt(end - 1) == '为') {
      for (int k = end + 2; k <= Math.min(text.length(), end + 5); k++) {
        if (names.roles().contains(text.substring(end, k))) {
          return true;
        }
      }
      return false;
    }
    for (int k = end + 1; k < Math.min(text.length(), end + JOINED_REACH); k++) {
      if ("，。；：\n".indexOf(text.charAt(k)) >= 0) {
        return false;
      }
      if (names.roleThenSurname(text, k) && names.roleEndingAt(text, k) != null) {
        return true;
      }
    }
    return false;
  }

  /** {@link #WINDOW} characters each side of {@code at}, within its line: HanLP splits a name that follows a line break. */
  private static Span window(String text, int at) {
    int start = at;
    while (start > 0 && at - start < WINDOW && text.charAt(start - 1) != '\n') {
      start--;
    }
    int end = at;
    while (end < text.length() && end - at < WINDOW && text.charAt(end) != '\n') {
      end++;
    }
    return new Span(start, end);
  }

  private static boolean accepted(List<Mention> found, int start) {
    return found.stream().anyMatch(m -> m.span().start() == start);
  }

  /**
   * The short stretches where a rule points at a possible full name, for HanLP to confirm: after a role word that is
   * followed by a surname ({@code 局长王}), before {@code 同志} or {@code （男，}, in {@code 的…随即}, and at the head of
   * a sentence followed by {@code ，}. HanLP sees these windows only: its name recognition costs too much to run over
   * every sentence of 100k reports.
   */
  private List<Span> windows(String text, DocumentText doc) {
    List<Span> raw = new ArrayList<>();
    int n = text.length();
    Matcher mark = NAME_MARK.matcher(text);
    Matcher narrative = NARRATIVE.matcher(text);
    // one pass, cheap character tests first: the patterns run only where their first character stands
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (i >= 2 && names.roleThenSurname(text, i) && names.roleEndingAt(text, i) != null && names.surnameAt(text, i)) {
        raw.add(window(text, i));
      }
      if (MARK_STARTS.indexOf(c) >= 0 && mark.region(i, n).lookingAt()) {
        raw.add(window(text, i));
      }
      if (c == '的' && narrative.region(i, n).lookingAt()) {
        raw.add(window(text, i + 1));
      }
    }
    for (Span sentence : doc.sentences()) {
      int limit = Math.min(sentence.end(), sentence.start() + 5);
      for (int comma = sentence.start() + 2; comma < limit; comma++) {
        if (text.charAt(comma) == '，') {
          raw.add(new Span(sentence.start(), Math.min(sentence.end(), comma + 2)));
          break;
        }
      }
    }
    raw.sort(null);
    List<Span> merged = new ArrayList<>();
    for (Span w : raw) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && w.start() <= last.end() && !Span.crossesLine(text, last.start(), w.end())) {
        merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), w.end())));
      } else {
        merged.add(w);
      }
    }
    return merged;
  }

  /**
   * The handling of a person named outside responsibility entries, when the person is the target of an action in
   * the sentence: after 对/给予/予以/将 and before the action, or the subject of 被/涉嫌.
   */
  private Handling targetedHandling(DocumentText doc, Mention m, List<Mention> all) {
    String text = doc.text();
    Span sentence = doc.sentenceAt(m.span().start());
    if (sentence == null) {
      return null;
    }
    List<ActionVocabulary.Mention> found = actions.find(text, m.span().end(), sentence.end());
    if (found.isEmpty()) {
      return null;
    }
    String before = text.substring(Math.max(sentence.start(), m.span().start() - ROLE_WINDOW - 4), m.span().start());
    String after = text.substring(m.span().end(), sentence.end());
    boolean target = TARGET_AFTER.matcher(after).find();
    if (!target) {
      // 给予该镇安监站站长郑立新诫勉谈话: the verb may stand before the role words
      String lead = text.substring(sentence.start(), m.span().start());
      int verb = Math.max(Math.max(lead.lastIndexOf("给予"), lead.lastIndexOf("对")), lead.lastIndexOf("予以"));
      target = TARGET_BEFORE.matcher(before).find()
          || (verb >= 0 && lead.substring(verb).matches("(?:给予|对|予以)[^，。；]{0,16}"));
    }
    if (!target) {
      return null;
    }
    // another person between this one and the action is the action's target instead, unless the two are listed
    // together (李某、张某某因涉嫌…被刑事拘留)
    int actionAt = found.get(0).span().start();
    boolean other = all.stream().anyMatch(o -> o != m && o.span().start() > m.span().end() && o.span().start() < actionAt
        && !o.name().equals(m.name()) && !listedTogether(text, m, o, all));
    if (other) {
      return null;
    }
    return handlings.handling(text, sentence, BY_IN_SENTENCE);
  }

  /** Names joined only by 、 和 及 与 (and other names of the same list) share the action that follows them. */
  private static boolean listedTogether(String text, Mention first, Mention later, List<Mention> all) {
    int at = first.span().end();
    while (at < later.span().start()) {
      char c = text.charAt(at);
      if ("、和及与".indexOf(c) >= 0) {
        at++;
        continue;
      }
      int from = at;
      Mention next = all.stream().filter(x -> x.span().start() == from).findFirst().orElse(null);
      if (next == null) {
        return false;
      }
      at = next.span().end();
    }
    return true;
  }

  /** The positions a responsible person held: the parts of the entry's first sentence that describe a post. */
  private static List<String> roles(String text, Entry e) {
    int start = e.nameSpan().end();
    while (start < e.extent().end() && "：:，,（( ".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    int end = start;
    while (end < e.extent().end() && text.charAt(end) != '。' && text.charAt(end) != '\n') {
      end++;
    }
    List<String> roles = new ArrayList<>();
    for (String part : text.substring(start, end).split("[，,；;]")) {
      String p = part.strip();
      if (p.isEmpty() || p.matches("中共党员|中共预备党员|群众|男|女|汉族|.*\\d+岁.*|.*年生.*|[\\u4e00-\\u9fa5]{2,14}[省市县区镇乡村]人）?")) {
        continue;
      }
      if (p.matches(".*(负有|未|违反|建议|涉嫌|对事故|导致|造成|不到位).*")) {
        break;
      }
      roles.add(p.replaceAll("[）)]$", ""));
      if (roles.size() == 3) {
        break;
      }
    }
    return roles;
  }
}
