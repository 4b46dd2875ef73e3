package cn.county.reelection.congress;

/** The races of a township's re-election and the process variable {@code race} that names them. */
public final class RaceName {

  public static final String DELEGATES = "delegates";
  public static final String COMMITTEE = "committee";
  public static final String DISCIPLINE = "discipline";
  public static final String COUNTY_DELEGATES = "countyDelegates";
  public static final String SECRETARY = "secretary";
  public static final String DISCIPLINE_SECRETARY = "disciplineSecretary";

  /** T7's races in the order the congress votes; the secretary follows the committee it comes from (R7). */
  public static final java.util.List<String> CONGRESS = java.util.List.of(COMMITTEE, DISCIPLINE, COUNTY_DELEGATES, SECRETARY);

  /** R7: one secretary and two deputy secretaries. */
  public static final int SECRETARY_SEATS = 3;

  private RaceName() {}
}
