package anjuan.ingest.read;

import anjuan.ingest.text.TextNormalizer.Layout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.mime.MediaType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML saved from government sites: decodes by the bytes (the {@code <meta>} charset is often wrong), parses with
 * jsoup (the parser Tika's own HTML support uses) and keeps the article, dropping navigation, breadcrumbs and
 * footers.
 *
 * <p>The article is found by descending from {@code <body>} into the child that holds most of the remaining
 * non-link text, and stopping where the text spreads over several children; the page's {@code <h1>} (or the
 * element classed as title) before that container is kept as the title.
 */
public final class HtmlReader implements FormatReader {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern BOILERPLATE = Pattern.compile(
      "nav|menu|breadcrumb|crumb|footer|foot|banner|sidebar|side|share|copyright|dqwz|location|position|topbar|toolbar"
          + "|pagination|pager|related|comment|login|search|bottom|header|top",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br",
      "dd", "dt", "pre", "blockquote", "table", "section", "article", "center", "ul", "ol");
  private static final double BULK = 0.8;

  @Override
  public boolean reads(MediaType type) {
    String t = type.getBaseType().toString();
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }

  @Override
  public Extraction read(Path file, MediaType type, ReadContext context) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    EncodingGuess.Decoded decoded = EncodingGuess.decode(bytes, m.find() ? m.group(1) : null);
    Document doc = Jsoup.parse(decoded.text());
    doc.select("script,style,noscript,iframe,nav,header,footer,aside,form,select,button,object,embed,svg,template")
        .remove();
    Element body = doc.body();
    removeBoilerplate(body);
    Element article = articleOf(body);
    StringBuilder text = new StringBuilder();
    Element title = titleBefore(doc, article);
    if (title != null) {
      text.append(blockText(title)).append('\n');
    }
    text.append(blockText(article));
    if (text.length() > context.limits().maxChars()) {
      throw new org.apache.tika.exception.WriteLimitReachedException(context.limits().maxChars());
    }
    return new Extraction(text.toString(), "text/html", null, decoded.encoding(), false, Layout.LOGICAL,
        decoded.warnings());
  }

  /** Navigation-like blocks: named so by class or id, and short or mostly links. */
  private static void removeBoilerplate(Element body) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body || !e.select("h1").isEmpty()) {
        continue;
      }
      String names = e.className() + " " + e.id();
      boolean named = !names.isBlank() && BOILERPLATE.matcher(names).find();
      int length = e.text().length();
      if ((named && (length < 300 || linkDensity(e) > 0.3)) || (length > 20 && linkDensity(e) > 0.6)) {
        doomed.add(e);
      }
    }
    doomed.forEach(Element::remove);
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
    return (double) links / total;
  }

  private static Element articleOf(Element body) {
    Element current = body;
    while (true) {
      int total = current.text().length();
      Element bulk = null;
      for (Element child : current.children()) {
        if (child.text().length() >= total * BULK) {
          bulk = child;
          break;
        }
      }
      if (bulk == null || total == 0) {
        return current;
      }
      current = bulk;
    }
  }

  /** The page's title heading when the article container does not hold it. */
  private static Element titleBefore(Document doc, Element article) {
    if (!article.select("h1,h2").isEmpty() || article == doc.body()) {
      return null;
    }
    Element best = null;
    for (Element e : doc.body().select("h1,h2,h3,[class~=(?i)title|biaoti|bt]")) {
      if (e.text().isBlank() || article.parents().contains(e) || isInside(e, article)) {
        continue;
      }
      if (precedes(e, article)) {
        best = e; // the last heading before the article
      }
    }
    return best;
  }

  private static boolean isInside(Element e, Element container) {
    return e.parents().contains(container);
  }

  private static boolean precedes(Element a, Element b) {
    List<Element> all = a.ownerDocument().getAllElements();
    return all.indexOf(a) < all.indexOf(b);
  }

  private static String blockText(Element root) {
    StringBuilder out = new StringBuilder();
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String text = t.getWholeText();
          boolean preformatted = false;
          for (Node p = t.parent(); p != null && !preformatted; p = p.parent()) {
            preformatted = p instanceof Element e && e.tagName().equals("pre");
          }
          out.append(preformatted ? text : text.replace('\n', ' ').replace('\r', ' '));
        } else if (node instanceof Element e && (e.tagName().equals("td") || e.tagName().equals("th"))
            && e.elementSiblingIndex() > 0) {
          out.append('\t');
        } else if (node instanceof Element e && e.tagName().equals("br")) {
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.tagName()) && !e.tagName().equals("br")
            && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append('\n');
        }
      }
    });
    return out.toString();
  }
}
