package anjuan.extract.measure;

import anjuan.extract.Extractor;
import anjuan.extract.fact.Coverage;
import anjuan.extract.fact.Measure;
import anjuan.extract.fact.MeasureStatus;
import anjuan.extract.fact.Passage;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import anjuan.ingest.Section;
import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requirements addressed to units and what the units did about them.
 *
 * <ul>
 *   <li>Evaluation reports: {@code 事故调查报告要求：…} followed by {@code 落实情况：…}, per unit section.
 *   <li>Investigation reports, notices and approvals: the numbered items under {@code 防范和整改措施建议},
 *       {@code 工作要求} and the like, and any numbered item that opens with its addressee
 *       ({@code 一、各乡镇人民政府要…}); their outcome is null and their status {@code no_outcome}.
 * </ul>
 */
public final class MeasureExtractor implements Extractor<Measure> {
  private static final Pattern REQUIREMENT =
      Pattern.compile("(?:事故调查报告|调查报告|事故批复|批复)(?:提出的|中的)?(?:要求|整改要求|防范措施|措施建议|整改措施|防范和整改措施)[：:]"
          + "|(?:整改|防范)(?:措施)?要求[：:]");
  private static final Pattern OUTCOME = Pattern.compile("(?:整改)?(?:落实情况|完成情况|整改情况|落实结果)[：:]");
  private static final Pattern RECOMMENDATIONS =
      Pattern.compile("措施建议|防范措施|整改措施|防范和整改|工作要求|有关要求|意见建议|整改建议|工作措施|防范建议");
  private static final Pattern ADDRESSEE_VERB = Pattern.compile("要|应当|应|必须|务必|进一步|切实|认真");
  private static final Pattern ORGANIZATION = Pattern.compile(
      "(?:公司|局|委员会|委|政府|办事处|街道|大队|支队|中队|站|所|中心|院|厂|矿|管委会|单位|部门|企业|主体|集团|办|队|机构|学校|医院|市场)"
          + "(?:[（(][^）)]{1,20}[）)])?$");

  private final CoverageMatcher matcher = new CoverageMatcher();

  @Override
  public List<Measure> extract(DocumentText doc) {
    List<Measure> pairs = doc.kind() == ReportKind.INVESTIGATION ? List.of() : requirementOutcomePairs(doc);
    if (!pairs.isEmpty() || doc.kind() == ReportKind.EVALUATION) {
      return pairs;
    }
    return recommendations(doc);
  }

  private List<Measure> requirementOutcomePairs(DocumentText doc) {
    String text = doc.text();
    List<Measure> out = new ArrayList<>();
    Matcher req = REQUIREMENT.matcher(text);
    while (req.find()) {
      if (!lineStartsWithLabel(text, req.start())) {
        continue;
      }
      Section unitSection = doc.sectionAt(req.start());
      int limit = unitSection != null ? unitSection.span().end() : text.length();
      Matcher nextReq = REQUIREMENT.matcher(text).region(req.end(), limit);
      int reqLimit = limit;
      while (nextReq.find()) {
        if (lineStartsWithLabel(text, nextReq.start())) {
          reqLimit = nextReq.start();
          break;
        }
      }
      Matcher outcome = OUTCOME.matcher(text).region(req.end(), reqLimit);
      Span requirement;
      Span result = null;
      if (outcome.find()) {
        requirement = Span.trimmed(text, req.end(), outcome.start());
        result = Span.trimmed(text, outcome.end(), reqLimit);
      } else {
        requirement = Span.trimmed(text, req.end(), reqLimit);
      }
      out.add(measure(doc, unit(doc, unitSection, requirement), requirement, result));
    }
    return out;
  }

  private List<Measure> recommendations(DocumentText doc) {
    String text = doc.text();
    List<Measure> out = new ArrayList<>();
    List<Section> items = new ArrayList<>();
    for (Section s : doc.sections()) {
      if (RECOMMENDATIONS.matcher(s.heading()).find()) {
        for (Section child : doc.sections()) {
          if (child.level() > s.level() && s.span().contains(child.span()) && child != s
              && items.stream().noneMatch(i -> i.span().contains(child.span()))) {
            items.add(child);
          }
        }
      }
    }
    for (Section s : doc.sections()) {
      // an approval's numbered items approve the report; its measures are the report's own
      if (doc.kind() != ReportKind.APPROVAL && !items.contains(s) && addressee(s.heading()) != null && items.stream().noneMatch(i -> i.span().overlaps(s.span()))) {
        items.add(s);
      }
    }
    items.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    for (Section item : items) {
      Span body = Span.trimmed(text, item.headingSpan().start(), item.span().end());
      String unit = addressee(item.heading());
      if (unit == null && isOrganization(item.heading())) {
        unit = item.heading();
      }
      out.add(measure(doc, unit, body, null));
    }
    return out;
  }

  private Measure measure(DocumentText doc, String unit, Span requirement, Span outcome) {
    String text = doc.text();
    List<Coverage> coverage = matcher.cover(text, Clauses.split(text, requirement), outcome);
    return new Measure(unit, new Passage(requirement.of(text), requirement),
        outcome == null ? null : new Passage(outcome.of(text), outcome), status(text, outcome, coverage), coverage);
  }

  static MeasureStatus status(String text, Span outcome, List<Coverage> coverage) {
    if (outcome == null || outcome.length() == 0) {
      return MeasureStatus.NO_OUTCOME;
    }
    long covered = coverage.stream().filter(Coverage::covered).count();
    String o = outcome.of(text);
    boolean saysNotDone = MeasureWords.notDone().stream().anyMatch(o::contains);
    if (covered == 0 || (saysNotDone && covered < coverage.size())) {
      return covered == 0 ? MeasureStatus.NOT_IMPLEMENTED : MeasureStatus.PARTIAL;
    }
    return covered == coverage.size() ? MeasureStatus.IMPLEMENTED : MeasureStatus.PARTIAL;
  }

  /** The unit a pair belongs to: the heading of its section when that names an organization. */
  private String unit(DocumentText doc, Section section, Span requirement) {
    if (section != null) {
      if (isOrganization(section.heading())) {
        return section.heading();
      }
      String a = addressee(section.heading());
      if (a != null) {
        return a;
      }
    }
    return addressee(requirement.of(doc.text()));
  }

  /** {@code 各乡镇人民政府要切实…} → 各乡镇人民政府. */
  static String addressee(String heading) {
    Matcher verb = ADDRESSEE_VERB.matcher(heading);
    while (verb.find()) { // 县应急管理局要…: the 应 inside the name is not the verb
      if (verb.start() < 2) {
        continue;
      }
      String who = heading.substring(0, verb.start()).replaceAll("^(?:建议|请|由)", "");
      if (who.contains("，") || who.length() > 40) {
        return null;
      }
      if (isOrganization(who)) {
        return who;
      }
    }
    return null;
  }

  static boolean isOrganization(String s) {
    return s.length() >= 2 && s.length() <= 40 && !s.contains("，") && !s.contains("。")
        && ORGANIZATION.matcher(s).find();
  }

  private static boolean lineStartsWithLabel(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return text.substring(lineStart, at).isBlank();
  }
}
