package cn.county.reelection.election;

/** Votes of one person on one ballot; {@code writeIn} for a name not on the list (R10 另选他人). */
public record CandidateResult(String name, int votes, boolean writeIn, boolean elected) {}
