package anjuan.extract.resolve;

import anjuan.extract.fact.DateFact;
import anjuan.extract.find.DateMention;
import anjuan.extract.find.DateMention.Precision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns date mentions into dates. A mention without a year takes it from the nearest preceding date that wrote one;
 * a relative day ({@code 次日}, {@code 当日}) or a bare day ending a range ({@code 28日至29日}) counts from the nearest
 * preceding day. Those are marked inferred; a mention the context cannot complete, or an impossible day
 * ({@code 2月30日}), is dropped rather than guessed.
 */
public final class DateResolver {

  public List<DateFact> resolve(List<DateMention> mentions) {
    List<DateFact> out = new ArrayList<>(mentions.size());
    Integer year = null;
    LocalDate lastDay = null;
    for (DateMention m : mentions) {
      String value = value(m, year, lastDay);
      if (value == null) {
        continue;
      }
      out.add(new DateFact(m.text(), value, m.precision().label(), m.year() == null, m.span()));
      if (m.year() != null) {
        year = m.year();
      }
      if (m.precision() == Precision.DAY) {
        lastDay = LocalDate.parse(value);
      }
    }
    return out;
  }

  private static String value(DateMention m, Integer contextYear, LocalDate lastDay) {
    Integer year = m.year() != null ? m.year() : contextYear;
    try {
      return switch (m.precision()) {
        case YEAR -> year == null ? null : String.format("%04d", year);
        case MONTH -> year == null || m.month() == null ? null : String.format("%04d-%02d", year, m.month());
        case DAY -> day(m, year, lastDay);
      };
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String day(DateMention m, Integer year, LocalDate lastDay) {
    if (m.month() != null) {
      return year == null || m.day() == null ? null : LocalDate.of(year, m.month(), m.day()).toString();
    }
    if (lastDay == null) {
      return null;
    }
    if (m.day() != null) {
      return lastDay.withDayOfMonth(m.day()).toString();
    }
    return lastDay.plusDays(m.shift() == null ? 0 : m.shift()).toString();
  }
}
