package anjuan.extract;

import anjuan.extract.fact.Activity;
import anjuan.extract.fact.Citation;
import anjuan.extract.fact.DateFact;
import anjuan.extract.fact.HazardLedger;
import anjuan.extract.fact.Reference;
import java.util.List;

/** The extractors of each fact kind (being merged from their branches; empty until then). */
final class Extractors {
  private Extractors() {}

  static Extractor<DateFact> dates() {
    return new anjuan.extract.find.DateExtractor();
  }

  static Extractor<Citation> citations() {
    return new anjuan.extract.find.CitationExtractor();
  }

  static Extractor<Reference> references() {
    return new anjuan.extract.find.ReferenceExtractor();
  }

  static Extractor<HazardLedger> hazards() {
    return new anjuan.extract.find.HazardExtractor();
  }

  static Extractor<Activity> activities() {
    return new anjuan.extract.find.ActivityExtractor();
  }
}
