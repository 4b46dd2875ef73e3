package cn.county.reelection.village;

/** A village's race ended with seats unfilled; the message names the race, the seats and what comes next. */
public record VillageSeatsLeftUnfilled(Village village, String message) {}
