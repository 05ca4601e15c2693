package anjuan.extract.find;

import anjuan.ingest.Span;

/**
 * A place where the text names a law or stands for one: a title in 《》, a catalogued name without them, a short form,
 * a defined alias, or an article-level word.
 *
 * @param written the words as written: the title without 《》 (line breaks removed), the name, or the short form
 * @param span the mention itself: {@code 《…》}, {@code 安全生产法}, {@code 该条例}, {@code 本条}
 * @param edition the edition year written with it, else null
 * @param tail where articles may start: after the mention and any parenthetical attached to it
 * @param defines for a title followed by {@code （以下简称《条例》）}, the alias it defines ({@code 条例}), else null
 * @param standard for a title followed by a standard number ({@code （GB 13392-2005）})
 */
public record LawMention(Kind kind, String written, Span span, String edition, int tail, String defines,
    boolean standard) {
  public enum Kind {
    /** {@code 《中华人民共和国安全生产法》}, also {@code 《条例》} standing for an earlier title. */
    TITLE,
    /** A catalogued law named without 《》 and followed by an article: {@code 刑法第一百三十四条}. */
    NAMED,
    /** {@code 该条例第六条}: the nearest earlier title with that ending. */
    SHORT_FORM,
    /** A word defined by {@code （以下简称条例）}, used without 《》: {@code 条例第六条}. */
    ALIAS,
    /** {@code 本条}, {@code 前款}: the article of the previous citation. */
    SAME_ARTICLE
  }
}
