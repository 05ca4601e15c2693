/**
 * Readers, one per format family behind {@link anjuan.ingest.read.FormatReader}, and the router
 * {@link anjuan.ingest.read.DocumentReader} that detects the type with Tika, picks the reader and turns every failure
 * into a status with a reason. Plain text decodes by strict validity before statistics (short GBK files), HTML keeps the
 * article, PDFs lose their running heads and page numbers, scans and images go through Tesseract.
 */
package anjuan.ingest.read;
