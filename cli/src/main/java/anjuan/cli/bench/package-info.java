/**
 * The benchmark: plain Lucene with smartcn as the baseline against anjuan's full ingest, on the same synthetic texts,
 * with extraction per fact kind, search latency percentiles and peak memory (heap sampled, RSS from /proc).
 */
package anjuan.cli.bench;
