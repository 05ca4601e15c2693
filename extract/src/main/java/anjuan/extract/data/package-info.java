/**
 * The data files of extraction ({@code src/main/resources/anjuan/extract/}): tables of laws, sanctions, accident types,
 * patterns and vocabularies, each row with an example that a test checks, and the thresholds of findings and gaps.
 */
package anjuan.extract.data;
