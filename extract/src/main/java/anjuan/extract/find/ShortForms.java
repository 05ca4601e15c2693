package anjuan.extract.find;

import anjuan.extract.data.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Words that stand for a law named earlier ({@code 该条例}, {@code 该法}, {@code 《条例》}) or for the article of the
 * previous citation ({@code 本条}, {@code 前款}). Data: {@code short_forms.tsv}.
 */
public final class ShortForms {
  /** What an article-level form refers to. */
  static final String ARTICLE = "article";
  /** What a form for any law refers to. */
  static final String LAW = "law";

  /** One row of {@code short_forms.tsv}. */
  public record Form(String form, String refers, List<String> then, String example, String expected) {
    /** A title written as the bare word: 《条例》. */
    public boolean titled() {
      return form.startsWith("《");
    }

    public boolean articleLevel() {
      return ARTICLE.equals(refers);
    }
  }

  private static final Pattern TRAILING_PARENS = Pattern.compile("(?:[（(][^（）()]{0,40}[）)])+$");

  private static final class Holder {
    static final ShortForms STANDARD = load();
  }

  private final List<Form> forms;
  /** Untitled law-level forms, longest first. */
  private final List<Form> lawWords = new ArrayList<>();
  private final List<Form> articleWords = new ArrayList<>();
  private final Map<String, Form> titledByWord = new HashMap<>();
  private final List<String> lawRefers = new ArrayList<>();

  private ShortForms(List<Form> forms) {
    this.forms = List.copyOf(forms);
    for (Form f : forms) {
      if (f.articleLevel()) {
        articleWords.add(f);
      } else if (!f.titled()) {
        lawWords.add(f);
      } else {
        titledByWord.put(LawCatalog.key(f.form()), f);
      }
    }
    lawWords.sort((a, b) -> b.form().length() - a.form().length());
    for (Form f : forms) {
      if (!f.articleLevel() && !lawRefers.contains(f.refers())) {
        lawRefers.add(f.refers());
      }
    }
  }

  /** True when {@code law} (whose {@link #bareTitle} is given) is what a form with this {@code refers} stands for. */
  static boolean fits(String refers, LawTitle law, String bareTitle) {
    if (!law.lawLike() || ARTICLE.equals(refers)) {
      return false;
    }
    if (LAW.equals(refers)) {
      return "law".equals(law.type());
    }
    return bareTitle.endsWith(refers);
  }

  /** The title without trailing parentheticals: 生产安全事故罚款处罚规定（试行） ends in 规定. */
  static String bareTitle(LawTitle law) {
    String t = law.title();
    return t.endsWith("）") || t.endsWith(")") ? TRAILING_PARENS.matcher(t).replaceAll("") : t;
  }

  /** The distinct {@code refers} values of the law-level forms. */
  List<String> lawRefers() {
    return lawRefers;
  }

  public static ShortForms standard() {
    return Holder.STANDARD;
  }

  public static ShortForms load() {
    List<Form> forms = new ArrayList<>();
    for (String[] r : Tables.read("short_forms.tsv", 5)) {
      forms.add(new Form(r[0], r[1], TitleTypes.split(r[2]), r[3], r[4]));
    }
    return new ShortForms(forms);
  }

  public List<Form> forms() {
    return forms;
  }

  /** The longest law-level word ({@code 该条例}) ending at offset {@code end} of {@code text}, or null. */
  Form lawWordEndingAt(String text, int end) {
    for (Form f : lawWords) {
      int start = end - f.form().length();
      if (start >= 0 && text.startsWith(f.form(), start)) {
        return f;
      }
    }
    return null;
  }

  /** The article-level word ({@code 本条}, {@code 前款}) ending at offset {@code end}, or null. */
  Form articleWordEndingAt(String text, int end) {
    for (Form f : articleWords) {
      int start = end - f.form().length();
      if (start >= 0 && text.startsWith(f.form(), start)) {
        return f;
      }
    }
    return null;
  }

  /** The last characters of the article-level words: where to look for them. */
  String articleWordEnds() {
    StringBuilder out = new StringBuilder();
    for (Form f : articleWords) {
      char c = f.form().charAt(f.form().length() - 1);
      if (out.indexOf(String.valueOf(c)) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The titled form ({@code 《条例》}) a title with matching key {@code key} ({@link LawCatalog#key}) is, or null. */
  Form titledByKey(String key) {
    return titledByWord.get(key);
  }

  /** The form written exactly as {@code word}, or null. */
  Form form(String word) {
    for (Form f : forms) {
      if (f.form().equals(word)) {
        return f;
      }
    }
    return null;
  }
}
