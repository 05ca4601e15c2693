/**
 * Synthetic reports for scale benchmarks: investigation and evaluation reports of invented accidents with their gold,
 * deterministic from a seed, drawn from {@code anjuan/synth/vocabulary.tsv}. Evaluating extraction on them checks that
 * generator and extractor agree; it is not a measure of accuracy on real reports.
 */
package anjuan.cli.synth;
