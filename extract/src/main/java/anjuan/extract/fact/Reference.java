package anjuan.extract.fact;

import anjuan.ingest.Span;

/**
 * A title named in the text: a law, regulation or Party rule (normalized to its official title), or a document.
 *
 * @param written the title as the text writes it, without 《》
 * @param type {@code law}, {@code regulation}, {@code party_rule} or {@code document}
 */
public record Reference(String title, String written, String type, Span span) {}
