/**
 * Parse isolation: {@link anjuan.ingest.isolate.ParserPool} runs {@link anjuan.ingest.isolate.ParseWorker} processes
 * with a heap limit and a timeout that progress (an OCR page) extends, so that a hang, an out-of-memory or a crash in
 * one file ends that file as {@code timeout}, {@code too_large} or {@code corrupt} and the batch goes on. Plain text
 * files of up to a few MB, by name and byte magic, are decoded in the calling process instead: there is no parser to
 * hang, and extraction reads the same text in that process anyway.
 */
package anjuan.ingest.isolate;
