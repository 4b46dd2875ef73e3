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

    /** V4: the election is valid only if strictly more than half of those entitled take part. */
    public static boolean hasHalfQuorum(int entitled, int present) {
        return (long) present * 2 > entitled;
    }

    /**
     * V4 另行选举 *(choice: the seed gives no threshold; taken from the Organic Law of Villagers'
     * Committees, art. 15)*: the candidates with most votes are elected, but only with at least one
     * third of the ballots cast.
     */
    public static boolean hasThirdOfBallotsCast(int votes, int ballotsCast) {
        return (long) votes * 3 >= ballotsCast;
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
