package cn.county.reelection.election;

/** The thresholds of DOMAIN.md, in integer arithmetic so that no boundary depends on rounding. */
public final class ElectionRules {

  /** R5: committee seats and candidates (差额2人). */
  public static final int COMMITTEE_SEATS = 11;
  public static final int COMMITTEE_CANDIDATES = 13;
  /** R5: discipline committee seats and candidates (差额1人). */
  public static final int DISCIPLINE_SEATS = 5;
  public static final int DISCIPLINE_CANDIDATES = 6;
  /** R2: delegate quota unless the campaign sets another. */
  public static final int DEFAULT_DELEGATE_QUOTA = 75;

  private ElectionRules() {}

  /** R3, R6: the meeting is valid only if strictly more than four fifths of those entitled are present. */
  public static boolean hasQuorum(int entitled, int present) {
    return (long) present * 5 > (long) entitled * 4;
  }

  /** R3, R6: elected only with yes votes from strictly more than half of those present. */
  public static boolean hasMajority(int votes, int present) {
    return (long) votes * 2 > present;
  }

  /** R3, R9: candidates exceed seats by at least 20%, i.e. at least ceil(seats × 1.2). */
  public static int minimumCandidatesWithMargin(int seats) {
    return (seats * 6 + 4) / 5;
  }
}
