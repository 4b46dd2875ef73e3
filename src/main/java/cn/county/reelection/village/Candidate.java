package cn.county.reelection.village;

/**
 * A nominee of a village's election: the villagers' or residents' committee (post CHAIR, DEPUTY or
 * MEMBER) or the Party branch committee (post null). Gender M or F (V8: women on each committee).
 */
public record Candidate(String name, String gender, String post) {}
