package anjuan.extract.sanction;

/**
 * One action of the normalized vocabulary ({@code 党内严重警告}, {@code 约谈}, …) with its family and severity rank.
 *
 * @param family party, government, organizational, penalty, criminal or unspecified
 * @param rank higher is more severe; equal ranks are equally severe
 */
public record Action(String name, String family, int rank) {
  /** Criminal handling is one severity: a referral is how a proposed prosecution is carried out. */
  public boolean isWeakerThan(Action other) {
    return rank < other.rank;
  }
}
