package anjuan.cli.synth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The word lists of {@code anjuan/synth/vocabulary.tsv}. */
final class Vocabulary {
  private final Map<String, List<String>> lists = new HashMap<>();

  Vocabulary() {
    try (InputStream in = Vocabulary.class.getResourceAsStream("/anjuan/synth/vocabulary.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", 2);
        lists.put(cells[0], List.of(cells[1].strip().split("\\|")));
      }
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read the synthetic vocabulary", e);
    }
  }

  List<String> list(String name) {
    List<String> l = lists.get(name);
    if (l == null) {
      throw new IllegalArgumentException("no list " + name);
    }
    return l;
  }

  String pick(String name, Random random) {
    List<String> l = list(name);
    return l.get(random.nextInt(l.size()));
  }
}
