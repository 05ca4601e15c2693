/**
 * Finds law titles, the articles cited after them and the short forms standing for them, and resolves each to its law.
 */
package anjuan.extract.find;
