package cn.county.reelection.election;

/**
 * When a meeting that votes is valid: the Party's rules or the village and community law.
 *
 * <ul>
 *   <li>{@link #FOUR_FIFTHS} (R3, R6): strictly more than four fifths of those entitled present.
 *   <li>{@link #HALF} (V4): strictly more than half of those entitled take part (the seed, 篇五:
 *       "必须有应参会人数的半数以上参加方能召开会议"; DOMAIN.md reads 半数以上 as strictly more).
 * </ul>
 *
 * The majority a candidate needs is the same under both: strictly more than half of those taking
 * part ({@link ElectionRules#hasMajority}).
 */
public enum Quorum {
    FOUR_FIFTHS("R6"),
    HALF("V4");

    private final String rule;

    Quorum(String rule) {
        this.rule = rule;
    }

    /** The DOMAIN.md rule a finding under this quorum cites. */
    public String rule() {
        return rule;
    }

    public boolean isMet(int entitled, int present) {
        return this == HALF
                ? ElectionRules.hasHalfQuorum(entitled, present)
                : ElectionRules.hasQuorum(entitled, present);
    }

    /** The threshold in words, for messages. */
    public String label() {
        return this == HALF ? "半数" : "五分之四";
    }

    /** A missing quorum (JSON of races saved before this existed) is the Party's four fifths. */
    public static Quorum orDefault(Quorum quorum) {
        return quorum == null ? FOUR_FIFTHS : quorum;
    }
}
