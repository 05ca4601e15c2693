package anjuan.extract.find;

/** The pattern tables of this package, loaded once. */
final class Vocabularies {
  static final PatternTable HAZARDS = PatternTable.load("counts.tsv", "hazards.tsv");
  static final PatternTable ACTIVITIES = PatternTable.load("counts.tsv", "activities.tsv");
  static final PatternTable CONTEXT = PatternTable.load("context.tsv");

  private Vocabularies() {}
}
