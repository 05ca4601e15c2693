/**
 * Resolvers: steps that relate facts found separately (a handling and the dates and articles inside it; a short
 * form of a citation and its full title; a month without a year and the year of its context).
 */
package anjuan.extract.resolve;
