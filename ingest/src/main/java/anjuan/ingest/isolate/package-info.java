/**
 * Parse isolation: {@link anjuan.ingest.isolate.ParserPool} runs {@link anjuan.ingest.isolate.ParseWorker} processes
 * with a heap limit and a timeout that progress (an OCR page) extends, so that a hang, an out-of-memory or a crash in
 * one file ends that file as {@code timeout}, {@code too_large} or {@code corrupt} and the batch goes on.
 */
package anjuan.ingest.isolate;
