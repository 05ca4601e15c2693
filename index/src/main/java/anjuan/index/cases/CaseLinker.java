package anjuan.index.cases;

import anjuan.extract.fact.CaseFacts;
import anjuan.extract.fact.Report;
import anjuan.ingest.ReportKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups reports by the accident they are about, so an investigation report, its approval and its later evaluation
 * show as one case. Two reports are of one accident when they give the same accident date and the same unit, the same
 * place or the same case name; reports without a date join by an identical case name.
 */
public final class CaseLinker {
  /** What linking needs of a report: its id, kind, path, title and accident facts. */
  public record CaseRef(String id, ReportKind kind, String path, String title, CaseFacts facts) {
    public static CaseRef of(Report r) {
      return new CaseRef(r.id(), r.kind(), r.source().path(), r.title(), r.caseFacts());
    }
  }

  /** One accident and its reports, investigation first. */
  public record AccidentCase(String name, String date, List<CaseRef> reports) {
    public List<CaseRef> ofKind(ReportKind kind) {
      return reports.stream().filter(r -> r.kind() == kind).toList();
    }
  }

  public List<AccidentCase> link(List<CaseRef> reports) {
    int n = reports.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, List<Integer>> byDate = new HashMap<>();
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int i = 0; i < n; i++) {
      CaseFacts c = reports.get(i).facts();
      if (c.date() != null) {
        byDate.computeIfAbsent(c.date(), k -> new ArrayList<>()).add(i);
      }
      if (c.name() != null) {
        byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> group : byDate.values()) {
      for (int a = 0; a < group.size(); a++) {
        for (int b = a + 1; b < group.size(); b++) {
          if (sameAccident(reports.get(group.get(a)).facts(), reports.get(group.get(b)).facts())) {
            union(parent, group.get(a), group.get(b));
          }
        }
      }
    }
    for (List<Integer> group : byName.values()) {
      for (int b = 1; b < group.size(); b++) {
        CaseFacts x = reports.get(group.get(0)).facts();
        CaseFacts y = reports.get(group.get(b)).facts();
        if (x.date() == null || y.date() == null || x.date().equals(y.date())) {
          union(parent, group.get(0), group.get(b));
        }
      }
    }
    Map<Integer, List<CaseRef>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(reports.get(i));
    }
    List<AccidentCase> out = new ArrayList<>();
    for (List<CaseRef> members : groups.values()) {
      members.sort(Comparator.comparingInt(CaseLinker::kindOrder).thenComparing(CaseRef::path));
      String name = members.stream().map(r -> r.facts().name()).filter(x -> x != null).findFirst()
          .orElse(members.get(0).title());
      String date = members.stream().map(r -> r.facts().date()).filter(x -> x != null).findFirst().orElse(null);
      out.add(new AccidentCase(name, date, List.copyOf(members)));
    }
    out.sort(Comparator.comparing((AccidentCase c) -> c.date() == null ? "" : c.date()).thenComparing(c -> String.valueOf(c.name())));
    return out;
  }

  static boolean sameAccident(CaseFacts a, CaseFacts b) {
    if (a.name() != null && a.name().equals(b.name())) {
      return true;
    }
    if (UnitMatcher.same(a.unit(), b.unit())) {
      return true;
    }
    return a.place() != null && b.place() != null && (a.place().contains(b.place()) || b.place().contains(a.place()));
  }

  private static int kindOrder(CaseRef r) {
    return switch (r.kind()) {
      case INVESTIGATION -> 0;
      case APPROVAL -> 1;
      case EVALUATION -> 2;
      case NOTICE -> 3;
      case OTHER -> 4;
    };
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
