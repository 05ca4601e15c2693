package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import anjuan.extract.fact.Citation;
import anjuan.extract.fact.Reference;
import anjuan.extract.text.DocumentText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed report against its gold file: exactly its seven citations (law, edition, article, paragraph, item; no
 * extra one) and its law and document references. Run on the text as read and as normalized. Skipped when the shared
 * folder is absent.
 */
class SeedGoldenTest {
  private static final String SEED = "000_3c9f0c8498857cb8";

  @ParameterizedTest(name = "normalized={0}")
  @ValueSource(booleans = {false, true})
  void seedCitationsAndReferences(boolean normalized) throws IOException {
    Optional<Path> shared = Shared.folder();
    assumeTrue(shared.isPresent() && Files.exists(shared.get().resolve("seeds/" + SEED + ".txt")), "no shared seed");
    Path seeds = shared.get().resolve("seeds");
    String raw = Files.readString(seeds.resolve(SEED + ".txt"));
    String text = normalized ? Shared.normalize(raw) : raw;
    JsonNode gold = new ObjectMapper().readTree(seeds.resolve(SEED + ".expected.json").toFile());

    List<String> expected = new ArrayList<>();
    for (JsonNode c : gold.get("citations")) {
      expected.add(String.join(" ", c.get("law").asText(), text(c.get("edition")), text(c.get("article")),
          text(c.get("paragraph")), text(c.get("item"))));
    }
    List<Citation> citations = new CitationExtractor().extract(DocumentText.of(text));
    List<String> actual = citations.stream()
        .map(c -> String.join(" ", c.law(), String.valueOf(c.edition()), String.valueOf(c.article()),
            String.valueOf(c.paragraph()), String.valueOf(c.item())))
        .toList();
    assertEquals(sorted(expected), sorted(actual));

    List<Reference> refs = new ReferenceExtractor().extract(DocumentText.of(text));
    Set<String> laws = refs.stream().filter(r -> !"document".equals(r.type())).map(Reference::title)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> documents = refs.stream().filter(r -> "document".equals(r.type())).map(Reference::title)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(strings(gold.get("references_laws")), laws);
    assertEquals(strings(gold.get("references_documents")), documents);
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "null" : n.asText();
  }

  private static List<String> sorted(List<String> list) {
    List<String> out = new ArrayList<>(list);
    out.sort(null);
    return out;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
