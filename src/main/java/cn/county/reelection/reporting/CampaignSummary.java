package cn.county.reelection.reporting;

import cn.county.reelection.vetting.CommitteeMakeup;
import cn.county.reelection.vetting.DelegateMakeup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The county's summary (汇总) of a campaign for the city, per township and in total: the newly elected committee's
 * make-up, the delegates' make-up (R2 figures), turnout per race, races that needed more than one ballot, seats
 * left unfilled, and steps overdue or done late. {@code total} adds up every township; its lists are empty.
 */
public record CampaignSummary(
        Long campaignId,
        String county,
        int year,
        Instant generatedAt,
        LocalDate today,
        List<TownshipFigures> townships,
        TownshipFigures total) {

    /** One township's figures; {@code congressDate} null until the plan is made. */
    public record TownshipFigures(
            String code,
            String name,
            LocalDate congressDate,
            CommitteeMakeup committee,
            Delegates delegates,
            List<Turnout> turnout,
            List<Ballots> moreBallots,
            int unfilledSeats,
            List<StepFlag> overdue,
            List<StepFlag> late) {}

    /** R2 figures of the elected delegates; {@code unknown} are write-ins without data, counted in {@code total}. */
    public record Delegates(
            int total, int frontLine, int under45, int professional, int women, int minorities, int unknown) {

        static Delegates of(DelegateMakeup.Report r) {
            return new Delegates(
                    r.total(), r.frontLine(), r.under45(), r.professional(), r.women(), r.minorities(), r.unknown());
        }

        Delegates plus(Delegates o) {
            return new Delegates(
                    total + o.total,
                    frontLine + o.frontLine,
                    under45 + o.under45,
                    professional + o.professional,
                    women + o.women,
                    minorities + o.minorities,
                    unknown + o.unknown);
        }

        static final Delegates NONE = new Delegates(0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * A race's attendance at its first valid ballot (for delegates: every organisation's added up): those entitled
     * (应到) and present (实到). {@code races} counts the elections taken together.
     */
    public record Turnout(String race, String label, int races, int entitled, int present) {

        public double share() {
            return entitled == 0 ? 0 : (double) present / entitled;
        }
    }

    /** A race that took more than one ballot (a re-vote of a tie, a further ballot for unfilled seats, a void ballot held again). */
    public record Ballots(String race, String label, String organisation, int ballots) {}

    /** A step overdue (still open past its deadline) or done late, with its deadline. */
    public record StepFlag(String step, String label, LocalDate dueDate) {}
}
