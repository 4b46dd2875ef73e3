package cn.county.reelection.dryrun;

import cn.county.reelection.reporting.Board;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/campaigns?dryRun=true}: what the simulated townships did, and the board as it stood
 * right after each deadline day (and at the end). Nothing of the run is kept.
 */
public record DryRunReport(
        String county, int year, long elapsedMillis, List<SimulatedTownship> script, List<Snapshot> snapshots) {

    /** One township's simulated behaviour, as the county reads it, and what the process made of it. */
    public record SimulatedTownship(
            String code, String name, Behaviour behaviour, String description, List<String> events) {}

    /** The board after the deadlines of {@code day} ({@code deadlines}: the steps due that day), or at the end. */
    public record Snapshot(LocalDate day, List<String> deadlines, Board board) {}

    /** How a simulated township behaves; the townships take them in turn. */
    public enum Behaviour {
        ON_TIME("每一步都在期限当天完成"),
        RETURNED_AND_TIE("换届请示（T2）和候选人请示（T4）各被县委退回一次后重新呈报；党委委员选举末位票数相等，在票数相等的候选人中重新投票（R6）"),
        LATE("代表选举（T3）逾期两天完成");

        private final String description;

        Behaviour(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
