package anjuan.extract.find;

import anjuan.extract.Extractor;
import anjuan.extract.fact.Activity;
import anjuan.extract.fact.HazardLedger;
import anjuan.extract.find.CountReader.Count;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds trainings, meetings, study sessions and inspections with their counts:
 * {@code 召开12场安全生产工作培训例会，参训360余人次} → training, 12 sessions, 360 attending, approximate.
 *
 * <p>An activity is anchored on a count of sessions, written after its kind word ({@code 开展消防安全培训8场次},
 * {@code 召开专题会议3次}) or before it after a verb ({@code 共开展4场安全生产警示教育培训}). Its attendance follows
 * in the same or the next clause ({@code 参训360余人次}, {@code 培训3场、135人次}) or precedes it
 * ({@code 组织300名员工开展培训2次}). Attendance without a count of sessions is an activity of its own
 * ({@code 参学108人次}, {@code 组织45名干部职工…进行专题培训}), except for inspections, whose people are inspectors. The kind comes from the words of the phrase, in the
 * order training, study, meeting, inspection. Not activities: requirements and proposals ({@code 要…开展一次培训}),
 * routines and minimums ({@code 每月开展培训2次}, {@code 不少于2次}), and counts of inspections that belong to a
 * hazard ledger ({@code 共检查1896家次，发现隐患1796项}). Patterns and vocabularies are in {@code activities.tsv}.
 */
public final class ActivityExtractor implements Extractor<Activity> {
  /** Kinds in order of precedence when a phrase holds words of several. */
  static final List<String> KINDS = List.of("training", "study", "meeting", "inspection");

  private final Extractor<HazardLedger> ledgers;
  private final CountReader counts;
  private final RequirementMood mood;
  private final List<Pattern> anchors;
  private final Pattern attendance;
  private final Pattern bareAttendance;
  private final Pattern attendanceFirst;
  private final Pattern verb;
  private final Pattern frequency;
  private final Pattern negation;
  private final Map<String, List<String>> kindWords = new LinkedHashMap<>();
  private final List<String> notKinds;
  private final List<String> inspectionUnits;
  private final UnitResolver.Rules unitRules;
  /** Lookup tables of the characters the cheap test looks for (String.indexOf per character was the hot spot). */
  private final boolean[] kindLast = new boolean[Character.MAX_VALUE + 1];
  private final boolean[] unit = new boolean[Character.MAX_VALUE + 1];
  private static final boolean[] NUMERAL = new boolean[Character.MAX_VALUE + 1];

  static {
    for (char c : "0123456789一二两三四五六七八九十百".toCharArray()) {
      NUMERAL[c] = true;
    }
  }

  public ActivityExtractor() {
    this(OrganizationNames.standard(), Vocabularies.ACTIVITIES, Vocabularies.CONTEXT, new HazardExtractor());
  }

  /** @param ledgers finds the hazard ledgers whose inspection counts are not activities */
  public ActivityExtractor(OrganizationNames names, PatternTable table, PatternTable context,
      Extractor<HazardLedger> ledgers) {
    this.ledgers = ledgers;
    this.counts = new CountReader(table);
    this.mood = new RequirementMood(context);
    this.anchors = List.of(table.pattern("count_first"), table.pattern("noun_first"));
    this.attendance = table.pattern("attendance");
    this.bareAttendance = table.pattern("bare_attendance");
    this.attendanceFirst = table.pattern("attendance_first");
    this.verb = table.pattern("verb");
    this.frequency = table.pattern("frequency");
    this.negation = table.pattern("negation");
    for (String kind : KINDS) {
      kindWords.put(kind, table.values(kind));
    }
    this.notKinds = table.values("not_kind");
    this.inspectionUnits = table.values("inspection_unit");
    this.unitRules = UnitResolver.Rules.of(names, context,
        table.regex("verb") + "|共|" + Vocabularies.HAZARDS.regex("found_verb"));
    String kindLastChars = charsOf(kindWords.values().stream().flatMap(List::stream).map(w -> w.substring(w.length() - 1)));
    String unitChars = charsOf(Stream.of("session_unit", "inspection_unit", "attendance_unit")
        .flatMap(n -> table.values(n).stream()));
    kindLastChars.chars().forEach(c -> kindLast[c] = true);
    unitChars.chars().forEach(c -> unit[c] = true);
  }

  @Override
  public List<Activity> extract(DocumentText doc) {
    String text = doc.text();
    List<Activity> out = new ArrayList<>();
    UnitResolver units = null;
    SpanSet ledgerSpans = null;
    for (Span sentence : doc.sentences()) {
      if (!mayHoldActivity(text, sentence)) {
        continue;
      }
      if (units == null) {
        units = new UnitResolver(doc, unitRules);
        ledgerSpans = new SpanSet();
        for (HazardLedger h : ledgers.extract(doc)) {
          ledgerSpans.add(h.span());
        }
      }
      activitiesIn(text, sentence, units, ledgerSpans, out);
    }
    return out;
  }

  /** Cheap test before any regex: the last character of a kind word, a unit character, and a numeral. */
  private boolean mayHoldActivity(String text, Span s) {
    boolean kind = false;
    boolean hasUnit = false;
    boolean number = false;
    for (int i = s.start(); i < s.end() && !(kind && hasUnit && number); i++) {
      char c = text.charAt(i);
      kind |= kindLast[c];
      hasUnit |= unit[c];
      number |= NUMERAL[c];
    }
    return kind && hasUnit && number;
  }

  private void activitiesIn(String text, Span sentence, UnitResolver units, SpanSet ledgerSpans,
      List<Activity> out) {
    int first = out.size();
    List<Matcher> found = Matches.leftmost(anchors, text, sentence.start(), sentence.end());
    SpanSet claimed = new SpanSet();
    for (int i = 0; i < found.size(); i++) {
      Matcher a = found.get(i);
      int windowEnd = i + 1 < found.size() ? found.get(i + 1).start() : sentence.end();
      int floor = i > 0 ? found.get(i - 1).end() : sentence.start();
      Activity activity = fromSessions(text, sentence, floor, a, windowEnd, units, ledgerSpans, claimed);
      if (activity != null) {
        out.add(activity);
      }
    }
    for (Matcher m : Matches.all(attendance, text, sentence.start(), sentence.end())) {
      Activity activity = fromAttendance(text, sentence, m, units, claimed);
      if (activity != null) {
        out.add(activity);
      }
    }
    for (Matcher m : Matches.all(attendanceFirst, text, sentence.start(), sentence.end())) {
      Activity activity = fromAttendanceFirst(text, sentence, m, units, claimed);
      if (activity != null) {
        out.add(activity);
      }
    }
    out.subList(first, out.size()).sort((x, y) -> x.span().compareTo(y.span()));
  }

  /** An activity anchored on a count of sessions, with the attendance around it. */
  private Activity fromSessions(String text, Span sentence, int floor, Matcher a, int windowEnd, UnitResolver units,
      SpanSet ledgerSpans, SpanSet claimed) {
    int clauseStart = Clauses.start(text, floor, a.start());
    int clauseEnd = Clauses.end(text, a.end(), sentence.end());
    int phraseStart = Matches.start(a, "verb") >= 0 ? a.start() : lastVerbBefore(text, clauseStart, a.start("kind"));
    if (phraseStart == a.start("kind")) {
      phraseStart = skipAdverbials(text, clauseStart, phraseStart);
    }
    int phraseEnd = Math.max(a.end("kind"), a.end("unit"));
    String kind = kindIn(text, phraseStart, phraseEnd);
    Count sessions = counts.read(a, "sessions", text, a.end("unit"));
    if (kind == null || sessions == null
        || (inspectionUnits.contains(a.group("unit")) && !kind.equals("inspection"))
        || mood.isRequirement(text, sentence.start(), a.start())
        || Matches.in(frequency, text, clauseStart, a.start("sessions")).find()
        || Matches.in(negation, text, clauseStart, a.start("sessions")).find()) {
      return null;
    }
    Span anchor = new Span(phraseStart, a.end());
    if (kind.equals("inspection") && ledgerSpans.overlaps(anchor)) {
      return null;
    }
    int end = Matches.start(a, "verb") >= 0 ? kindWordsEnd(text, a.end(), clauseEnd) : a.end();
    boolean approximate = sessions.approximate();
    Count people = null;
    Matcher att = Matches.at(bareAttendance, text, a.end(), windowEnd);
    if (att == null) {
      att = Matches.in(attendance, text, a.end(), windowEnd);
      if (!att.find() || Clauses.separatorsBetween(text, a.end(), att.start()) > 1) {
        att = null;
      }
    }
    if (att != null) {
      people = counts.read(att, "attendance", text, att.end("unit"));
      end = att.end();
      claimed.add(new Span(att.start(), att.end()));
    } else {
      Matcher before = Matches.in(attendanceFirst, text, clauseStart, phraseStart);
      if (before.find()) {
        people = counts.read(before, "attendance", text, before.end("unit"));
        phraseStart = before.start();
        claimed.add(new Span(before.start(), before.end()));
      }
    }
    if (people != null) {
      approximate |= people.approximate();
    }
    claimed.add(new Span(phraseStart, Math.max(phraseEnd, clauseEnd)));
    return new Activity(units.unitAt(phraseStart), kind, sessions.value(), people == null ? null : people.value(),
        approximate, new Span(phraseStart, end));
  }

  /** {@code 学习相关篇目12篇、参学108人次}: attendance with no count of sessions. */
  private Activity fromAttendance(String text, Span sentence, Matcher m, UnitResolver units, SpanSet claimed) {
    Span own = new Span(m.start(), m.end());
    if (claimed.overlaps(own) || mood.isRequirement(text, sentence.start(), m.start())) {
      return null;
    }
    int clauseStart = Clauses.start(text, sentence.start(), m.start());
    if (Matches.in(negation, text, clauseStart, m.start("attendance")).find()) {
      return null;
    }
    String kind = kindIn(text, m.start(), m.start("attendance"));
    if (kind == null) {
      kind = kindIn(text, clauseStart, m.start());
    }
    Count people = counts.read(m, "attendance", text, m.end("unit"));
    if (kind == null || kind.equals("inspection") || people == null) {
      return null;
    }
    int start = skipAdverbials(text, clauseStart, m.start());
    claimed.add(new Span(start, m.end()));
    return new Activity(units.unitAt(start), kind, null, people.value(), people.approximate(), new Span(start, m.end()));
  }

  /** {@code 组织45名干部职工对信息报送规定进行专题培训}: a number of people, then the kind later in the clause. */
  private Activity fromAttendanceFirst(String text, Span sentence, Matcher m, UnitResolver units,
      SpanSet claimed) {
    int clauseEnd = Clauses.end(text, m.end(), sentence.end());
    Span clause = new Span(m.start(), clauseEnd);
    if (claimed.overlaps(clause) || mood.isRequirement(text, sentence.start(), m.start())
        || Matches.in(negation, text, Clauses.start(text, sentence.start(), m.start()), clauseEnd).find()) {
      return null;
    }
    int[] kindEnd = new int[1];
    String kind = kindIn(text, m.end(), clauseEnd, kindEnd);
    Count people = counts.read(m, "attendance", text, m.end("unit"));
    if (kind == null || kind.equals("inspection") || people == null) {
      return null;
    }
    claimed.add(clause);
    return new Activity(units.unitAt(m.start()), kind, null, people.value(), people.approximate(),
        new Span(m.start(), kindEnd[0]));
  }

  private static String charsOf(Stream<String> words) {
    StringBuilder out = new StringBuilder();
    words.flatMapToInt(String::chars).distinct().forEach(c -> out.append((char) c));
    return out.toString();
  }

  /** {@code 警示教育|培训}: the end of the kind words that follow {@code at} without a break. */
  private int kindWordsEnd(String text, int at, int limit) {
    boolean more = true;
    while (more) {
      more = false;
      for (List<String> words : kindWords.values()) {
        for (String w : words) {
          if (at + w.length() <= limit && text.startsWith(w, at)) {
            at += w.length();
            more = true;
          }
        }
      }
    }
    return at;
  }

  /** The start of the last activity verb of the clause before {@code kindStart}, else {@code kindStart}. */
  private int lastVerbBefore(String text, int clauseStart, int kindStart) {
    Matcher m = Matches.in(verb, text, clauseStart, kindStart);
    int last = kindStart;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }

  /** Past separators, spaces and enumerations ({@code 一是}) at the start of a phrase. */
  private static int skipAdverbials(String text, int from, int to) {
    int p = from;
    while (p < to) {
      char c = text.charAt(p);
      if ("、，,；;：: ".indexOf(c) >= 0) {
        p++;
      } else if (p + 1 < to && "一二三四五六七八九十".indexOf(c) >= 0 && text.charAt(p + 1) == '是') {
        p += 2;
      } else {
        break;
      }
    }
    return p;
  }

  String kindIn(String text, int from, int to) {
    return kindIn(text, from, to, new int[1]);
  }

  /** The kind of highest precedence with a word in {@code [from, to)}; its last word's end goes to {@code end[0]}. */
  private String kindIn(String text, int from, int to, int[] end) {
    for (Map.Entry<String, List<String>> e : kindWords.entrySet()) {
      int best = -1;
      for (String w : e.getValue()) {
        for (int at = indexOf(text, w, from, to); at >= 0; at = indexOf(text, w, at + 1, to)) {
          if (!insideNotKind(text, at, w)) {
            best = Math.max(best, at + w.length());
          }
        }
      }
      if (best >= 0) {
        end[0] = best;
        return e.getKey();
      }
    }
    return null;
  }

  /** The first {@code word} that lies wholly inside {@code [from, to)}, or -1; never looks past {@code to}. */
  private static int indexOf(String text, String word, int from, int to) {
    char first = word.charAt(0);
    for (int i = from; i + word.length() <= to; i++) {
      if (text.charAt(i) == first && text.startsWith(word, i)) {
        return i;
      }
    }
    return -1;
  }

  /** True when the kind word at {@code at} is part of a word such as 教育局 or 会议室. */
  private boolean insideNotKind(String text, int at, String word) {
    for (String n : notKinds) {
      for (int k = n.indexOf(word); k >= 0; k = n.indexOf(word, k + 1)) {
        if (OrganizationNames.regionStartsWith(text, at - k, n)) {
          return true;
        }
      }
    }
    return false;
  }
}
