/** Derivers: findings computed from the facts of one document, each with a plain sentence and its evidence span. */
package anjuan.extract.derive;
