package anjuan.extract.fact;

import anjuan.ingest.Span;

/** Whether the outcome text covers one clause of a requirement, with the outcome sentence that does. */
public record Coverage(String clause, boolean covered, Span evidence) {}
