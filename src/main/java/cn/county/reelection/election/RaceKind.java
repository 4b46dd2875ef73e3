package cn.county.reelection.election;

/** How a ballot elects (R3, R5–R9). */
public enum RaceKind {
    /** 差额: more candidates than seats; majority of those present needed (R3, R6, R9). */
    COMPETITIVE,
    /** 等额: as many candidates as seats; majority of those present needed (R7, R8). */
    NON_COMPETITIVE,
    /** R6 re-vote among candidates tied at the last seat: most votes wins, no majority needed. */
    TIE_BREAK,
    /**
     * V4 另行选举 for seats a village or community election left unfilled: most votes win, but a
     * candidate needs at least one third of the ballots cast (see {@link ElectionRules#hasThirdOfBallotsCast}).
     */
    RUN_OFF
}
