package cn.county.reelection.village;

/** V3: how a place nominates and elects its committee, and how many members that committee has. */
public enum Variant {
    /** 村: nomination and election at one villagers' meeting (二合一); 3 to 7 members (the Organic Law of Villagers' Committees). */
    VILLAGE("村民委员会", 3, 7),
    /**
     * 社区: a nomination meeting, then the election at the residents' meeting or, where so decided, the residents'
     * representatives meeting ({@link ElectionMeeting}); 5 to 9 members (V3 amended, a choice).
     */
    COMMUNITY("居民委员会", 5, 9);

    private final String committee;
    private final int minSeats;
    private final int maxSeats;

    Variant(String committee, int minSeats, int maxSeats) {
        this.committee = committee;
        this.minSeats = minSeats;
        this.maxSeats = maxSeats;
    }

    /** The committee this place elects, in Chinese. */
    public String committee() {
        return committee;
    }

    /** The fewest members the committee may have. */
    public int minSeats() {
        return minSeats;
    }

    /** The most members the committee may have. */
    public int maxSeats() {
        return maxSeats;
    }
}
