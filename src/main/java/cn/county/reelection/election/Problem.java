package cn.county.reelection.election;

/** A finding of the count, with the DOMAIN.md rule it comes from. */
public record Problem(String rule, String message) {}
