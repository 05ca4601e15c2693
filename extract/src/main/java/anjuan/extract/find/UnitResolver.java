package anjuan.extract.find;

import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import anjuan.ingest.Section;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which organization a fact belongs to.
 *
 * <ol>
 *   <li>In an evaluation report, the nearest enclosing section whose heading is an organization name: under
 *       {@code （一）乌鲁木齐市米东区市政市容环卫管理站} every ledger and activity is that 管理站's.
 *   <li>Else the subject of the fact's clause, or of an earlier clause of its paragraph (within {@link #REACH} characters): the organization name that
 *       opens it after adverbials such as {@code 2024年以来} or {@code 一是} ({@code 县应急管理局共检查…}). A generic
 *       subject ({@code 公司}) is the organization that opens the nearest enclosing heading
 *       ({@code 1．鸿泰公司安全生产主体责任不落实}). Short names become full ones ({@code 鸿泰公司} →
 *       {@code 澄州市鸿泰化工有限公司}) when the document defines them.
 *   <li>Else null: a clause whose subject is no organization ({@code 行业部门组织企业开展培训}) ends the search.
 * </ol>
 *
 * One resolver serves one document and one thread.
 */
final class UnitResolver {
  /** How far back in its paragraph the subject of a fact is looked for. */
  static final int REACH = 400;
  /** How many clauses back the subject of a fact is looked for. */
  static final int MAX_CLAUSES = 8;

  private final DocumentText doc;
  private final String text;
  private final OrganizationNames names;
  private final ShortNames shortNames;
  private final Matcher adverbial;
  private final List<String> genericSubjects;
  private final Matcher otherSubject;

  /**
   * What a resolver needs, compiled once per extractor.
   *
   * @param otherSubject a noun phrase before a predicate verb ({@code 行业部门|组织…})
   */
  record Rules(OrganizationNames names, Pattern adverbial, List<String> genericSubjects, Pattern otherSubject) {
    /**
     * @param predicateVerbs a regex of the verbs that follow a subject ({@code 组织}, {@code 召开}, {@code 发现} …), to
     *     recognize a clause opened by a subject that is no organization
     */
    static Rules of(OrganizationNames names, PatternTable context, String predicateVerbs) {
      return new Rules(names, Pattern.compile("(?:" + context.regex("adverbial") + ")[，,：:\\s]*"),
          context.values("generic_subject"),
          Pattern.compile("[^，,。；;：:、\\d\\s]{2,12}?(?=" + predicateVerbs + ")"));
    }
  }

  UnitResolver(DocumentText doc, Rules rules) {
    this.doc = doc;
    this.text = doc.text();
    this.names = rules.names();
    this.shortNames = ShortNames.in(text, names);
    this.adverbial = rules.adverbial().matcher(text);
    this.genericSubjects = rules.genericSubjects();
    this.otherSubject = rules.otherSubject().matcher(text);
  }

  /** The unit a fact starting at {@code offset} belongs to, or null. */
  String unitAt(int offset) {
    if (doc.kind() == ReportKind.EVALUATION) {
      List<Section> path = doc.sectionPath(offset);
      for (int i = path.size() - 1; i >= 0; i--) {
        String heading = path.get(i).heading().strip();
        if (names.isName(heading)) {
          return heading;
        }
      }
    }
    return subjectBefore(offset);
  }

  /** The subject of the clause holding {@code offset} or of an earlier clause of the same paragraph. */
  private String subjectBefore(int offset) {
    int paragraph = Math.max(0, offset - REACH);
    for (int i = offset - 1; i >= paragraph; i--) {
      if (text.charAt(i) == '\n') {
        paragraph = i + 1;
        break;
      }
    }
    int clauseEnd = Clauses.end(text, offset, text.length());
    for (int clauses = 0; clauses < MAX_CLAUSES; clauses++) {
      int clauseStart = Clauses.start(text, paragraph, Math.max(paragraph, Math.min(offset, clauseEnd)));
      int p = skipAdverbials(clauseStart, clauseEnd);
      String generic = genericAt(p, clauseEnd);
      if (generic != null) {
        return headingOrganization(offset);
      }
      int end = names.nameEnd(text, p, clauseEnd);
      if (end > 0) {
        return shortNames.resolve(text.substring(p, end));
      }
      if (opensWithOtherSubject(p, clauseEnd)) {
        return null;
      }
      if (clauseStart <= paragraph) {
        return null;
      }
      clauseEnd = clauseStart - 1;
      offset = clauseEnd;
    }
    return null;
  }

  /** {@code 行业部门组织企业开展培训}: a noun phrase, not an organization name, before a predicate verb. */
  private boolean opensWithOtherSubject(int p, int end) {
    return p < end && !names.startsWithNonName(text, p) && otherSubject.region(p, end).lookingAt();
  }

  private int skipAdverbials(int from, int to) {
    int p = from;
    while (p < to && adverbial.region(p, to).lookingAt() && adverbial.end() > p) {
      p = adverbial.end();
    }
    while (p < to && Character.isWhitespace(text.charAt(p))) {
      p++;
    }
    return p;
  }

  /** A generic subject such as 公司 opening the clause at {@code p}, followed by a boundary word. */
  private String genericAt(int p, int end) {
    for (String g : genericSubjects) {
      if (OrganizationNames.regionStartsWith(text, p, g) && p + g.length() <= end
          && (p + g.length() == end || names.startsWithBoundary(text, p + g.length()))) {
        return g;
      }
    }
    return null;
  }

  /** The organization opening the nearest enclosing heading that opens with one, full name when defined. */
  private String headingOrganization(int offset) {
    List<Section> path = doc.sectionPath(offset);
    for (int i = path.size() - 1; i >= 0; i--) {
      String heading = path.get(i).heading().strip();
      int end = names.leadingNameEnd(heading, 0, heading.length());
      if (end > 0) {
        String name = heading.substring(0, end);
        if (!genericSubjects.contains(name)) {
          return shortNames.resolve(name);
        }
      }
    }
    return null;
  }
}
