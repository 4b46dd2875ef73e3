package cn.county.reelection.village;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The township's summary over all its villages and communities (V8), as the seed's 篇四 reports it:
 * how many places elected their committees, how many needed another election (另行选举), how many
 * achieved 一肩挑, how many committees have a woman, and the overlap rate of the two committees (交叉率).
 *
 * <p>交叉率 *(choice: the seed gives the figure, 97%, not the formula)*: committee members who also sit on
 * the Party branch committee, divided by all committee members, over the whole township, in percent
 * rounded half up. With 篇四's 36 committee members, 97% is 35 of 36.
 */
public record TownshipSummary(
        int places,
        int villages,
        int communities,
        int electedAtFirstElection,
        List<String> needingAnotherElection,
        int unfilledSeats,
        int secretaryChairs,
        int committeesWithWoman,
        int committeeMembers,
        int women,
        int overlapMembers,
        int overlapRatePercent,
        BigDecimal overlapRate,
        int villageVotersEntitled,
        int villageVotersTookPart,
        int communityEntitled,
        int communityTookPart,
        int representatives,
        int groupLeaders,
        List<String> representativesShort) {

    /** Sums the outcomes of a township's places. Plain Java. */
    public static TownshipSummary of(List<VillageOutcome> outcomes) {
        int members = outcomes.stream().mapToInt(o -> o.committee().size()).sum();
        int overlap = outcomes.stream().mapToInt(VillageOutcome::overlap).sum();
        BigDecimal rate = members == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(overlap * 100L).divide(BigDecimal.valueOf(members), 1, RoundingMode.HALF_UP);
        int ratePercent = members == 0
                ? 0
                : BigDecimal.valueOf(overlap * 100L)
                        .divide(BigDecimal.valueOf(members), 0, RoundingMode.HALF_UP)
                        .intValue();
        List<VillageOutcome> villages =
                outcomes.stream().filter(o -> o.variant() == Variant.VILLAGE).toList();
        List<VillageOutcome> communities =
                outcomes.stream().filter(o -> o.variant() == Variant.COMMUNITY).toList();
        return new TownshipSummary(
                outcomes.size(),
                villages.size(),
                communities.size(),
                (int) outcomes.stream().filter(o -> !o.anotherElection()).count(),
                outcomes.stream()
                        .filter(VillageOutcome::anotherElection)
                        .map(VillageOutcome::name)
                        .toList(),
                outcomes.stream().mapToInt(VillageOutcome::unfilledSeats).sum(),
                (int) outcomes.stream().filter(VillageOutcome::secretaryChairs).count(),
                (int) outcomes.stream().filter(VillageOutcome::hasWoman).count(),
                members,
                (int) outcomes.stream().mapToLong(VillageOutcome::women).sum(),
                overlap,
                ratePercent,
                rate,
                villages.stream().mapToInt(VillageOutcome::entitled).sum(),
                villages.stream().mapToInt(VillageOutcome::tookPart).sum(),
                communities.stream().mapToInt(VillageOutcome::entitled).sum(),
                communities.stream().mapToInt(VillageOutcome::tookPart).sum(),
                outcomes.stream().mapToInt(VillageOutcome::representatives).sum(),
                outcomes.stream().mapToInt(VillageOutcome::groupLeaders).sum(),
                outcomes.stream()
                        .filter(o ->
                                o.variant() == Variant.VILLAGE && o.representatives() < o.representativesExpected())
                        .map(VillageOutcome::name)
                        .toList());
    }
}
