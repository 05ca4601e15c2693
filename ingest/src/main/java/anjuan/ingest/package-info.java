/**
 * Ingestion: any report file to a {@link anjuan.ingest.ParsedDocument} (normalized text, sections, title, kind,
 * source) or to a failure status with its reason ({@link anjuan.ingest.ParseResult}, {@link anjuan.ingest.IngestStatus}).
 * The records here cross module boundaries; {@link anjuan.ingest.Json} is how all of them are written.
 */
package anjuan.ingest;
