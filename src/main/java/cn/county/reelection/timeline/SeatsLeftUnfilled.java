package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Township;

/** A township's race ended with seats unfilled; the message names the race, the seats and what comes next. */
public record SeatsLeftUnfilled(Township township, String message) {}
