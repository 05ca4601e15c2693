package anjuan.cli.synth;

import anjuan.ingest.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes realistic synthetic reports with their gold, deterministically from a seed: pairs of an investigation report
 * and its evaluation (sample 2k is the investigation of case k, 2k+1 its evaluation), 2,000 to 40,000 characters, with
 * masked or full names, citations, proposed and actual handling, recommendations and their outcomes, hazard ledgers
 * and trainings, drawn from {@code anjuan/synth/vocabulary.tsv}. The gold lists exactly the facts the text states.
 */
public final class SyntheticReports {
  /** One generated document. */
  public record Sample(String name, String text, ObjectNode gold) {}

  private static final String[] MASKS = {"某", "某某", "**", "*"};

  private final Vocabulary v = new Vocabulary();
  private final long seed;

  public SyntheticReports(long seed) {
    this.seed = seed;
  }

  public Sample sample(int index) {
    Accident a = accident(index / 2);
    return index % 2 == 0 ? investigation(a, index) : evaluation(a, index);
  }

  /** A person of the case: name, post, proposed and actual handling with the articles applied. */
  private record Culprit(String name, String post, boolean official, String proposedText, String proposedAction,
      String outcomeText, String outcomeAction, LocalDate outcomeDate, List<String[]> citations) {}

  /** A recommendation to one unit: requirement clauses and the outcome clauses that answer them. */
  private record Recommendation(String unit, List<String> requirements, List<String> outcomes, boolean partial) {}

  private record Accident(int id, Random random, LocalDate date, int hour, int minute, String city, String district,
      String place, String unit, String shortUnit, String type, String scenario, String grade, int deaths,
      int injuries, int lossWan, int lossTenth, String name, boolean masked, List<Culprit> culprits,
      List<Recommendation> recommendations, int length, LocalDate evaluated, int hazardsFound, int hazardsFixed,
      int hazardsPending, boolean mismatch, int trainings, int trainees) {}

  private Accident accident(int id) {
    Random r = new Random(seed * 1_000_003L + id);
    LocalDate date = LocalDate.of(2015 + r.nextInt(9), 1 + r.nextInt(12), 1 + r.nextInt(28));
    String city = v.pick("city", r);
    String district = v.pick("district", r);
    String core = v.list("company_core").get(id % v.list("company_core").size());
    String trade = v.pick("company_trade", r);
    String unit = city + core + trade + "有限公司";
    String shortUnit = core + "公司";
    String place = city + district + v.pick("street", r) + (1 + r.nextInt(300)) + "号";
    String[] accident = v.pick("accident", r).split(":");
    boolean bigger = r.nextInt(4) == 0;
    int deaths = bigger ? 3 + r.nextInt(5) : 1 + r.nextInt(2);
    int injuries = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(4);
    String grade = bigger ? "较大" : "一般";
    String tag = date.getMonthValue() + "·" + date.getDayOfMonth();
    String name = unit + "“" + tag + "”" + grade + accident[0] + "事故";
    boolean masked = r.nextBoolean();
    Set<String> used = new LinkedHashSet<>();
    List<Culprit> culprits = new ArrayList<>();
    int people = 2 + r.nextInt(5);
    LocalDate firstSanction = date.plusMonths(2 + r.nextInt(20));
    for (int i = 0; i < people; i++) {
      culprits.add(culprit(r, i, masked, used, city, district, shortUnit, firstSanction.plusDays(r.nextInt(40))));
    }
    List<Recommendation> recs = new ArrayList<>();
    String[] units = {unit, district + v.pick("government_body", r), district + "应急管理局"};
    Set<String> seen = new LinkedHashSet<>();
    for (String u : units) {
      if (!seen.add(u)) {
        continue;
      }
      List<Integer> picks = new ArrayList<>();
      while (picks.size() < 2 + r.nextInt(2)) {
        int k = r.nextInt(v.list("measure").size());
        if (!picks.contains(k)) {
          picks.add(k);
        }
      }
      // a partial outcome drops a measure whose words no other outcome shares (the gas detectors)
      boolean partial = r.nextInt(5) == 0 && picks.contains(2) && picks.size() > 1;
      List<String> req = picks.stream().map(k -> v.list("measure").get(k)).toList();
      List<String> out = picks.stream().filter(k -> !(partial && k == 2)).map(k -> v.list("outcome").get(k)).toList();
      recs.add(new Recommendation(u, req, out, partial));
    }
    int length = 2_000 + (int) Math.round(Math.pow(r.nextDouble(), 2) * 38_000);
    int found = 20 + r.nextInt(300);
    int pending = r.nextInt(3) == 0 ? 1 + r.nextInt(5) : 0;
    boolean mismatch = r.nextInt(8) == 0;
    int fixed = found - pending - (mismatch ? 1 + r.nextInt(3) : 0);
    return new Accident(id, r, date, r.nextInt(24), 5 * r.nextInt(12), city, district, place, unit, shortUnit,
        accident[0], accident[1], grade, deaths, injuries, 50 + r.nextInt(900), r.nextInt(10), name, masked, culprits,
        recs, length, firstSanction.plusMonths(3 + r.nextInt(6)), found, fixed, pending, mismatch, 2 + r.nextInt(20),
        50 + r.nextInt(900));
  }

  private Culprit culprit(Random r, int i, boolean masked, Set<String> used, String city, String district,
      String shortUnit, LocalDate outcomeDate) {
    String name;
    do {
      String surname = v.pick("surname", r);
      name = masked ? surname + MASKS[r.nextInt(MASKS.length)] : surname + v.pick("given", r);
    } while (!used.add(name.substring(0, 1)));
    boolean official = i >= 2 || r.nextInt(3) == 0;
    if (!official) {
      String post = "时任" + shortUnit + v.pick("role_company", r);
      return switch (r.nextInt(3)) {
        case 0 -> new Culprit(name, post, false, "建议由司法机关依法追究其刑事责任", "追究刑事责任",
            "人民法院以重大责任事故罪判处" + name + "有期徒刑三年", "判处刑罚", outcomeDate,
            List.<String[]>of(new String[] {"中华人民共和国刑法", "134", "1", ""}));
        case 1 -> new Culprit(name, post, false, "建议由" + city + "应急管理局依法对其处以罚款", "罚款",
            city + "应急管理局对" + name + "作出罚款人民币" + (3 + r.nextInt(9)) + "万元的行政处罚决定", "罚款", outcomeDate,
            List.<String[]>of(new String[] {"中华人民共和国安全生产法", "95", "", String.valueOf(1 + r.nextInt(3))}));
        default -> new Culprit(name, post, false, "建议由" + shortUnit + "与其解除劳动合同", "解除劳动合同",
            shortUnit + "与" + name + "解除劳动合同", "解除劳动合同", outcomeDate, List.of());
      };
    }
    String post = "时任" + district + v.pick("role_official", r);
    return switch (r.nextInt(4)) {
      case 0 -> new Culprit(name, post, true, "建议给予其党内警告处分", "党内警告",
          district + "纪委监委经研究，给予" + name + "党内警告处分", "党内警告", outcomeDate,
          List.<String[]>of(new String[] {"中国共产党纪律处分条例", "121", "", ""}));
      case 1 -> {
        boolean weaker = r.nextInt(3) == 0;
        yield new Culprit(name, post, true, "建议给予其党内严重警告处分", "党内严重警告",
            weaker ? district + "纪委监委对" + name + "进行诫勉谈话" : district + "纪委监委经研究，给予" + name + "党内严重警告处分",
            weaker ? "诫勉" : "党内严重警告", outcomeDate,
            List.<String[]>of(new String[] {"中国共产党纪律处分条例", "121", "", ""}));
      }
      case 2 -> new Culprit(name, post, true, "建议给予其政务记过处分", "记过",
          district + "监委经研究，给予" + name + "政务记过处分", "记过", outcomeDate,
          List.<String[]>of(new String[] {"中华人民共和国公职人员政务处分法", "39", "1", "3"}));
      default -> new Culprit(name, post, true, "建议对其进行诫勉谈话", "诫勉",
          district + "纪委监委对" + name + "进行诫勉谈话", "诫勉", outcomeDate, List.of());
    };
  }

  private Sample investigation(Accident a, int index) {
    Random r = new Random(seed * 7_919L + index);
    StringBuilder t = new StringBuilder();
    ObjectNode gold = gold(a, a.name() + "调查报告", "investigation");
    ArrayNode dates = gold.putArray("dates");
    date(dates, a.date(), false);
    t.append(a.name()).append("\n调查报告\n\n");
    opening(t, a);
    t.append("一、事故基本情况\n");
    filler(t, r, a.length() / 3);
    t.append("二、事故原因和性质\n");
    filler(t, r, a.length() / 3);
    t.append("经调查认定，").append(a.name()).append("是一起生产安全责任事故。事故类型为").append(a.type())
        .append("，事故等级为").append(a.grade()).append("事故。\n");
    t.append("三、责任认定和处理建议\n");
    ArrayNode responsible = gold.putArray("people_responsible");
    ArrayNode citations = gold.putArray("citations");
    int n = 1;
    for (Culprit c : a.culprits()) {
      t.append(n++).append("．").append(c.name()).append("，").append(c.post()).append("。对事故发生负有责任。");
      if (!c.citations().isEmpty()) {
        t.append("依据").append(citationText(c.citations())).append("，");
      }
      t.append(c.proposedText()).append("。\n");
      person(responsible, c, false);
      cite(citations, c);
    }
    t.append("四、防范和整改措施建议\n");
    ArrayNode measures = gold.putArray("measures");
    int k = 0;
    for (Recommendation rec : a.recommendations()) {
      t.append("（").append(Numerals.chinese(++k)).append("）").append(rec.unit()).append("要")
          .append(String.join("，", rec.requirements())).append("。\n");
      ObjectNode m = measures.addObject();
      m.put("unit", rec.unit());
      m.put("has_outcome", false);
      m.put("status", "no_outcome");
    }
    gold.putArray("hazards");
    gold.putArray("activities");
    gold.putArray("findings_expected_kinds");
    refs(gold, a, false);
    return new Sample(String.format("synth-%06d-investigation", index), t.toString(), gold);
  }

  private Sample evaluation(Accident a, int index) {
    Random r = new Random(seed * 7_919L + index);
    StringBuilder t = new StringBuilder();
    String title = a.name() + "防范整改措施和责任追究落实情况评估报告";
    ObjectNode gold = gold(a, title, "evaluation");
    ArrayNode dates = gold.putArray("dates");
    date(dates, a.date(), false);
    t.append(a.name()).append("\n防范整改措施和责任追究落实情况评估报告\n\n");
    opening(t, a);
    t.append("根据《生产安全事故防范和整改措施落实情况评估办法》有关规定，").append(a.district())
        .append("安委办组织对").append(a.name()).append("防范整改措施和责任追究落实情况开展评估，现将评估情况报告如下：\n");
    t.append("一、评估工作组织及开展情况\n");
    filler(t, r, a.length() / 3);
    t.append("二、责任追究意见落实情况\n");
    ArrayNode responsible = gold.putArray("people_responsible");
    ArrayNode citations = gold.putArray("citations");
    int k = 0;
    LocalDate firstDiscipline = null;
    boolean weaker = false;
    for (Culprit c : a.culprits()) {
      t.append("（").append(Numerals.chinese(++k)).append("）").append(c.name()).append("：").append(c.post()).append("。\n");
      t.append("处理建议：").append(c.proposedText().replaceFirst("^建议", "")).append("。\n");
      t.append("落实情况：").append(dateText(c.outcomeDate())).append("，");
      if (!c.citations().isEmpty()) {
        t.append("依据").append(citationText(c.citations())).append("，");
      }
      t.append(c.outcomeText()).append("。\n");
      date(dates, c.outcomeDate(), false);
      person(responsible, c, true);
      cite(citations, c);
      if (c.official() && !c.outcomeAction().equals("诫勉")) {
        firstDiscipline = firstDiscipline == null || c.outcomeDate().isBefore(firstDiscipline) ? c.outcomeDate() : firstDiscipline;
      }
      weaker |= !c.outcomeAction().equals(c.proposedAction()) && c.outcomeAction().equals("诫勉");
    }
    t.append("三、事故防范整改措施落实情况\n");
    ArrayNode measures = gold.putArray("measures");
    ArrayNode hazards = gold.putArray("hazards");
    ArrayNode activities = gold.putArray("activities");
    int year = a.evaluated().getYear() - 1;
    boolean partial = false;
    k = 0;
    for (Recommendation rec : a.recommendations()) {
      t.append("（").append(Numerals.chinese(++k)).append("）").append(rec.unit()).append("\n");
      t.append("事故调查报告要求：").append(String.join("，", rec.requirements())).append("。\n");
      t.append("落实情况：").append(year).append("年以来，").append(rec.unit());
      for (int i = 0; i < rec.outcomes().size(); i++) {
        t.append(i == 0 ? "一是" : "。" + "二三四五".charAt(i - 1) + "是").append(rec.outcomes().get(i));
      }
      t.append("。");
      if (k == 1) {
        t.append("共发现隐患").append(a.hazardsFound()).append("项，已整改").append(a.hazardsFixed()).append("项");
        if (a.hazardsPending() > 0) {
          t.append("，").append(a.hazardsPending()).append("项正在整改");
        }
        t.append("。组织召开安全培训会").append(a.trainings()).append("场次，参训").append(a.trainees()).append("人次。");
        ObjectNode h = hazards.addObject();
        h.put("unit", rec.unit());
        h.put("found", a.hazardsFound());
        h.put("rectified", a.hazardsFixed());
        if (a.hazardsPending() > 0 || !a.mismatch()) {
          h.put("pending", a.hazardsPending());
        } else {
          h.putNull("pending");
        }
        ObjectNode act = activities.addObject();
        act.put("unit", rec.unit());
        act.put("kind", "training");
        act.put("sessions", a.trainings());
        act.put("attendance", a.trainees());
      }
      t.append("\n");
      ObjectNode m = measures.addObject();
      m.put("unit", rec.unit());
      m.put("has_outcome", true);
      m.put("status", rec.partial() ? "partial" : "implemented");
      partial |= rec.partial();
    }
    dates.addObject().put("value", String.valueOf(year)).put("precision", "year");
    t.append("四、总体评估意见\n");
    filler(t, r, a.length() / 3);
    t.append("事故有关单位能够按照事故调查报告要求落实整改。\n");
    t.append("附件1：\n\n").append(a.name()).append("\n防范整改措施和责任追究落实情况评估问题清单\n\n无。\n");
    ArrayNode findings = gold.putArray("findings_expected_kinds");
    Set<String> kinds = new LinkedHashSet<>();
    if (a.hazardsPending() > 0 || a.mismatch()) {
      kinds.add("open_hazards");
    }
    if (a.mismatch() && a.hazardsPending() > 0) {
      kinds.add("count_mismatch");
    }
    if (partial) {
      kinds.add("partial_outcome");
    }
    if (weaker) {
      kinds.add("weaker_than_proposed");
    }
    LocalDate firstSanction = firstDiscipline != null ? firstDiscipline
        : a.culprits().stream().map(Culprit::outcomeDate).min(LocalDate::compareTo).orElse(null);
    if (firstSanction != null && firstSanction.isAfter(a.date().plusDays(365))) {
      kinds.add("accountability_lag");
    }
    kinds.forEach(findings::add);
    refs(gold, a, true);
    return new Sample(String.format("synth-%06d-evaluation", index), t.toString(), gold);
  }

  private static void opening(StringBuilder t, Accident a) {
    t.append(dateText(a.date())).append(a.hour()).append("时").append(a.minute() == 0 ? "" : a.minute() + "分")
        .append("许，位于").append(a.place()).append("的").append(a.unit()).append("在").append(a.scenario())
        .append("，造成").append(a.deaths()).append("人死亡");
    if (a.injuries() > 0) {
      t.append("、").append(a.injuries()).append("人受伤");
    }
    t.append("，直接经济损失").append(a.lossWan()).append(a.lossTenth() == 0 ? "" : "." + a.lossTenth()).append("万元。\n");
  }

  private ObjectNode gold(Accident a, String title, String kind) {
    ObjectNode g = Json.mapper().createObjectNode();
    g.put("_about", "Synthetic report " + a.id() + " (seed " + seed + "): the facts its text states.");
    g.put("title", title);
    g.put("kind", kind);
    ObjectNode c = g.putObject("case");
    c.put("name", a.name());
    c.put("date", a.date().toString());
    c.put("time", String.format("%02d:%02d", a.hour(), a.minute()));
    c.put("place", a.place());
    c.put("unit", a.unit());
    c.put("type", a.type());
    c.put("grade", a.grade());
    c.put("deaths", a.deaths());
    if (a.injuries() > 0) {
      c.put("injuries", a.injuries());
    } else {
      c.putNull("injuries");
    }
    c.put("direct_loss_yuan", a.lossWan() * 10_000L + a.lossTenth() * 1_000L);
    g.putArray("people_other");
    return g;
  }

  private static void person(ArrayNode out, Culprit c, boolean withOutcome) {
    ObjectNode p = out.addObject();
    p.put("name", c.name());
    p.put("proposed_action", c.proposedAction());
    if (withOutcome) {
      p.put("outcome_action", c.outcomeAction());
      p.put("outcome_date", c.outcomeDate().toString());
    } else {
      p.putNull("outcome_action");
      p.putNull("outcome_date");
    }
  }

  private static void cite(ArrayNode out, Culprit c) {
    for (String[] cit : c.citations()) {
      ObjectNode x = out.addObject();
      x.put("law", cit[0]);
      x.putNull("edition");
      x.put("article", Integer.parseInt(cit[1]));
      if (cit[2].isEmpty()) {
        x.putNull("paragraph");
      } else {
        x.put("paragraph", Integer.parseInt(cit[2]));
      }
      if (cit[3].isEmpty()) {
        x.putNull("item");
      } else {
        x.put("item", Integer.parseInt(cit[3]));
      }
      x.put("person", c.name());
    }
  }

  private static String citationText(List<String[]> citations) {
    StringBuilder b = new StringBuilder();
    for (String[] c : citations) {
      b.append("《").append(c[0]).append("》第").append(Numerals.chinese(Integer.parseInt(c[1]))).append("条");
      if (!c[2].isEmpty()) {
        b.append("第").append(Numerals.chinese(Integer.parseInt(c[2]))).append("款");
      }
      if (!c[3].isEmpty()) {
        b.append("第").append(Numerals.chinese(Integer.parseInt(c[3]))).append("项");
      }
    }
    return b.toString();
  }

  private static void refs(ObjectNode g, Accident a, boolean evaluation) {
    Set<String> laws = new LinkedHashSet<>();
    if (evaluation) {
      laws.add("生产安全事故防范和整改措施落实情况评估办法");
    }
    for (Culprit c : a.culprits()) {
      c.citations().forEach(x -> laws.add(x[0]));
    }
    ArrayNode l = g.putArray("references_laws");
    laws.forEach(l::add);
    g.putArray("references_documents");
  }

  private static void date(ArrayNode dates, LocalDate d, boolean inferred) {
    ObjectNode o = dates.addObject();
    o.put("value", d.toString());
    o.put("precision", "day");
    if (inferred) {
      o.put("inferred", true);
    }
  }

  static String dateText(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** Paragraphs of neutral prose (no dates, names, counts or titles) up to about {@code chars} characters. */
  private void filler(StringBuilder t, Random r, int chars) {
    int start = t.length();
    while (t.length() - start < chars) {
      int sentences = 3 + r.nextInt(6);
      for (int i = 0; i < sentences; i++) {
        t.append(v.pick("filler", r));
      }
      t.append('\n');
    }
  }
}
