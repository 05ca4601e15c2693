package anjuan.extract.fact;

import anjuan.ingest.Span;

/** A stretch of the text with its span. */
public record Passage(String text, Span span) {}
