package anjuan.cli;

import anjuan.index.QueryException;
import anjuan.index.ReportSearcher;
import anjuan.index.SearchRequest;
import anjuan.index.SearchResult;
import anjuan.ingest.Json;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code anjuan search [QUERY] [filters]}. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Searches loaded reports by free text (Chinese, \"phrases\" in quotes) and/or by the article applied,",
        "with filters and facet counts. Every hit shows its evidence: highlighted passages, or the sentence that",
        "cites the article and the person it was applied to.",
        "Examples:  anjuan search 灼烫 --year 2018..2024",
        "           anjuan search --article \"纪律处分条例 158条\" --sanction 党内警告"})
final class SearchCommand implements Callable<Integer> {
  private static final Pattern YEARS = Pattern.compile("^(\\d{4})?(?:\\.\\.(\\d{4})?)?$");

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "free text; \"…\" for a phrase")
  String query;

  @Option(names = "--article", paramLabel = "ARTICLE", description = "an article as written: 《中国共产党纪律处分条例》第一百五十八条第二款, 纪律处分条例 158条, 安全生产法第三十八条")
  String article;

  @Option(names = "--sanction", description = "an action of the vocabulary: 党内警告, 记过, 约谈, 罚款, …")
  String sanction;

  @Option(names = "--type", description = "accident type: 灼烫, 中毒和窒息, 高处坠落, 坍塌, 道路交通, 火灾, …")
  String type;

  @Option(names = "--grade", description = "一般, 较大, 重大 or 特别重大")
  String grade;

  @Option(names = "--kind", description = "investigation, evaluation, approval, notice or other")
  String kind;

  @Option(names = "--year", paramLabel = "FROM..TO", description = "accident year or range: 2020, 2018..2024, 2018.., ..2020")
  String year;

  @Option(names = "--place", description = "province, city or district (乌鲁木齐市, 米东区) or part of the place")
  String place;

  @Option(names = "--unit", description = "part of a unit name (区城市管理局)")
  String unit;

  @Option(names = "--person", description = "a person as written (孙**, 王建军)")
  String person;

  @Option(names = "--limit", description = "hits per page (default: ${DEFAULT-VALUE})")
  int limit = 10;

  @Option(names = "--offset", description = "hits to skip (default: ${DEFAULT-VALUE})")
  int offset = 0;

  @Option(names = "--json", description = "print {total, hits, facets} as JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Integer from = null;
    Integer to = null;
    if (year != null) {
      Matcher m = YEARS.matcher(year.strip());
      if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
        throw new UsageException("--year takes YEAR or FROM..TO (e.g. 2018..2024), not \"" + year + "\"");
      }
      from = m.group(1) == null ? null : Integer.valueOf(m.group(1));
      to = year.contains("..") ? (m.group(2) == null ? null : Integer.valueOf(m.group(2))) : from;
    }
    if (limit < 0 || offset < 0) {
      throw new UsageException("--limit and --offset cannot be negative");
    }
    SearchRequest request = new SearchRequest(query, article, sanction, type, grade, kind, from, to, place, unit,
        person, limit, offset);
    SearchResult result;
    try (ReportSearcher searcher = ReportSearcher.open(index.dir())) {
      result = searcher.search(request);
    } catch (QueryException e) {
      throw new UsageException(e.getMessage());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UsageException("no index at " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
    } else {
      out.printf("%d reports%n", result.total());
      int n = offset;
      for (SearchResult.Hit h : result.hits()) {
        out.printf("%n%d. %s  [%s]  score %.2f%n", ++n, h.title() == null ? "(untitled)" : h.title(), h.kind(), h.score());
        if (h.caseName() != null) {
          out.println("   case: " + h.caseName());
        }
        h.paths().forEach(p -> out.println("   " + p));
        h.snippets().forEach(s -> out.println("   » " + s.replace('\n', ' ')));
      }
      out.println();
      for (Map.Entry<String, Map<String, Long>> f : result.facets().entrySet()) {
        if (!f.getValue().isEmpty()) {
          StringBuilder line = new StringBuilder(String.format("%-9s", f.getKey()));
          f.getValue().forEach((k, v) -> line.append("  ").append(k).append(" (").append(v).append(')'));
          out.println(line);
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
