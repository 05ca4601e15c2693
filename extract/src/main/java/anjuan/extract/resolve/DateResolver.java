package anjuan.extract.resolve;

import anjuan.extract.fact.DateFact;
import anjuan.extract.find.DateMention;
import anjuan.extract.find.DateMention.Precision;
import anjuan.ingest.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns date mentions into dates. A mention without a year takes it from the nearest preceding date that wrote one;
 * a relative day ({@code 次日}, {@code 当日}) or a bare day ending a range ({@code 28日至29日}) counts from the nearest
 * preceding day in the same paragraph (a 当日 at the start of a new paragraph often means the accident day, not the
 * last date written). Those are marked inferred; a mention the context cannot complete, or an impossible day
 * ({@code 2月30日}), is dropped rather than guessed.
 */
public final class DateResolver {

  public List<DateFact> resolve(List<DateMention> mentions, String text) {
    List<DateFact> out = new ArrayList<>(mentions.size());
    Integer year = null;
    LocalDate lastDay = null;
    int lastDayEnd = 0;
    for (DateMention m : mentions) {
      Integer y = m.year() != null ? m.year() : year;
      String value;
      if (m.precision() == Precision.DAY) {
        boolean sameParagraph = !Span.crossesLine(text, lastDayEnd, m.span().start());
        LocalDate day = day(m, y, m.month() == null && !sameParagraph ? null : lastDay);
        if (day == null) {
          continue;
        }
        lastDay = day;
        lastDayEnd = m.span().end();
        value = day.toString();
      } else if (y == null || (m.precision() == Precision.MONTH && m.month() == null)) {
        continue;
      } else {
        value = m.precision() == Precision.YEAR ? Integer.toString(y) : y + (m.month() < 10 ? "-0" : "-") + m.month();
      }
      out.add(new DateFact(m.text(), value, m.precision().label(), m.year() == null, m.span()));
      if (m.year() != null) {
        year = m.year();
      }
    }
    return out;
  }

  /** The day a mention names, or null when the context cannot complete it or the day does not exist. */
  private static LocalDate day(DateMention m, Integer year, LocalDate lastDay) {
    try {
      if (m.month() != null) {
        return year == null || m.day() == null ? null : LocalDate.of(year, m.month(), m.day());
      }
      if (lastDay == null) {
        return null;
      }
      if (m.day() != null) {
        return lastDay.withDayOfMonth(m.day());
      }
      return lastDay.plusDays(m.shift() == null ? 0 : m.shift());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
