package cn.county.reelection.village;

/**
 * One line of an imported voter register as written (V1), before any check: {@code row} is its line
 * in the file (the header is line 1).
 */
public record VoterRow(int row, String name, String idNumber, String gender, String birthDate, String group) {}
