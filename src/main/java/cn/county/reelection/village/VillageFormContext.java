package cn.county.reelection.village;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.springframework.stereotype.Component;

/**
 * What a village task's form shows before anything is typed (tasklist/TaskFormContext answers it when the
 * form opens): the village or community and its township, the committee it elects and at which meeting
 * (V3), when its representatives are chosen (V7), the seats a list
 * may have and the least number of candidates for each (V3, R3), the register so far (V1), the
 * representatives its households call for (V7), the outcome reported (V8). Computed by the same rules
 * {@link VillageInputListener} and {@link VillageElectionService} check.
 */
@Component
public class VillageFormContext {

    private final VillageRepository villages;
    private final RegisterService register;
    private final VillageElectionService elections;

    public VillageFormContext(VillageRepository villages, RegisterService register, VillageElectionService elections) {
        this.villages = villages;
        this.register = register;
        this.elections = elections;
    }

    /** The context of the village task {@code taskKey} whose variables {@code inputs} holds. */
    public Map<String, Object> describe(String taskKey, Map<String, Object> inputs) {
        Village village = villages.findById(((Number) inputs.get("villageId")).longValue())
                .orElseThrow();
        Variant variant = village.getVariant();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("task", taskKey);
        context.put("townshipName", village.getCampaign().getTownshipName());
        context.put("villageName", village.getName());
        context.put("businessKey", village.getBusinessKey());
        context.put("variant", variant.name());
        context.put("committee", variant.committee());
        context.put("households", village.getHouseholds());
        if (village.getMeeting() != null) {
            context.put("meeting", village.getMeeting().name());
            context.put("meetingLabel", village.getMeeting().label());
        }
        context.put(
                "representativesOrder",
                village.getCampaign().getRepresentativesOrder().name());
        context.put(
                "representativesOrderLabel",
                village.getCampaign().getRepresentativesOrder().label());
        if (inputs.get("race") instanceof String race) {
            context.put("raceLabel", VillageElectionService.raceLabel(race, variant));
        }
        switch (taskKey) {
            case "V1_RegisterVoters" -> {
                RegisterReport report = register.report(village.getBusinessKey());
                context.put("registeredVoters", report.voters());
                context.put("registerLines", report.lines());
                context.put("registerProblems", report.problems().size());
                context.put(
                        "registerElectionDay",
                        report.electionDay() == null
                                ? null
                                : report.electionDay().toString());
                context.put(
                        "defaultElectionDay",
                        village.getCampaign()
                                .getDeadlines()
                                .get(VillageStep.COMMITTEE_ELECTION)
                                .toString());
            }
            case "V7_ElectRepresentatives" -> {
                if (variant == Variant.VILLAGE) {
                    context.put(
                            "representativesExpected", VillageOutcome.representativesExpected(village.getHouseholds()));
                }
            }
            case "V3_NominateAtCombinedMeeting", "V3_NominateAtRepresentativeMeeting" ->
                seats(
                        context,
                        variant.minSeats(),
                        variant.maxSeats(),
                        VillageElectionService::minimumCommitteeCandidates);
            case "Branch_RecommendCandidates" ->
                seats(
                        context,
                        VillageElectionService.MIN_BRANCH,
                        VillageElectionService.MAX_BRANCH,
                        VillageElectionService::minimumBranchCandidates);
            case "Branch_ReviewCandidates" -> {
                if (inputs.get("branchSeats") instanceof Number seats) {
                    context.put("branchSeats", seats.intValue());
                    context.put("branchMinimum", VillageElectionService.minimumBranchCandidates(seats.intValue()));
                }
                context.put("partyMembers", inputs.get("partyMembers"));
            }
            case "V8_SubmitOutcomeReport", "V8_ReviewOutcomeReport" -> {
                VillageOutcome outcome = elections.readOutcome(village);
                if (outcome != null) {
                    context.put("outcome", VillageReportService.view(village, outcome));
                }
            }
            default -> {}
        }
        return context;
    }

    /** The seats a list may have, and for each the least number of candidates its ballot needs. */
    private static void seats(Map<String, Object> context, int min, int max, IntUnaryOperator minimum) {
        context.put("seatsMin", min);
        context.put("seatsMax", max);
        Map<String, Integer> candidates = new LinkedHashMap<>();
        for (int seats = min; seats <= max; seats++) {
            candidates.put(String.valueOf(seats), minimum.applyAsInt(seats));
        }
        context.put("minimumCandidates", candidates);
    }
}
