package cn.county.reelection.village;

/**
 * V3 (amended): the meeting at which a community elects its residents' committee. A village nominates
 * and elects at one villagers' meeting (二合一) and has no choice here.
 */
public enum ElectionMeeting {
    /** 居民会议: every resident with a vote, as registered (V1); 篇五 (876 residents attended). */
    RESIDENTS_MEETING("居民会议"),
    /** 居民代表会议, where so decided (篇五: "可采用居民代表大会形式"): the residents' representatives (V7) vote. */
    REPRESENTATIVES_MEETING("居民代表会议");

    private final String label;

    ElectionMeeting(String label) {
        this.label = label;
    }

    /** The meeting in Chinese. */
    public String label() {
        return label;
    }
}
