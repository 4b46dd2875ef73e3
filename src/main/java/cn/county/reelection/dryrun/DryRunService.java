package cn.county.reelection.dryrun;

import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.clock.EngineClock;
import cn.county.reelection.dryrun.DryRunReport.Behaviour;
import cn.county.reelection.process.AsEngine;
import cn.county.reelection.reporting.Board;
import cn.county.reelection.reporting.BoardService;
import cn.county.reelection.tasklist.TaskFormContext;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.township.CampaignCreated;
import cn.county.reelection.township.CampaignRehearsal;
import cn.county.reelection.township.CampaignRequest;
import cn.county.reelection.township.CampaignService;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rehearses a campaign before it starts: the real process, rules and board, with simulated townships
 * (on time, returned and tied, late) on a simulated clock, day by day from a few days before T1 to the
 * end. It all happens in one transaction that is rolled back, on the caller's thread, with the time
 * set for that thread only ({@link EngineClock#simulated}): real campaigns and their timers are not touched.
 */
@Service
public class DryRunService implements CampaignRehearsal {

    private static final int MAX_STEPS_PER_DAY = 2_000;
    private static final LocalTime WORKING_HOUR = LocalTime.of(10, 0);

    private final CampaignService campaigns;
    private final BoardService boards;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final IdentityService identity;
    private final Deadlines deadlines;
    private final EngineClock clock;
    private final TransactionTemplate transaction;
    private final TaskFormContext formContexts;

    public DryRunService(
            CampaignService campaigns,
            BoardService boards,
            TaskService tasks,
            RuntimeService runtime,
            ManagementService management,
            IdentityService identity,
            Deadlines deadlines,
            EngineClock clock,
            PlatformTransactionManager transactions,
            TaskFormContext formContexts) {
        this.formContexts = formContexts;
        this.campaigns = campaigns;
        this.boards = boards;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.identity = identity;
        this.deadlines = deadlines;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public DryRunReport run(CampaignRequest request, String user) {
        long began = System.nanoTime();
        return transaction.execute(status -> {
            status.setRollbackOnly(); // a rehearsal leaves nothing behind
            CampaignCreated campaign = campaigns.startDryRun(request, user);
            // the simulated townships act as the engine itself
            return AsEngine.call(
                    identity,
                    () -> clock.simulated(time -> new Simulation(
                                    campaign, campaign.deadlines().get(Step.T1).minusDays(3), time)
                            .run(began)));
        });
    }

    private final class Simulation {

        private final CampaignCreated campaign;
        private final LocalDate start;
        private final EngineClock.Simulation time;
        private final Map<String, Behaviour> behaviours = new LinkedHashMap<>();
        private final Set<String> done = new HashSet<>(); // one-off events already played, per township
        private final Map<String, List<String>> events = new LinkedHashMap<>(); // what happened, per township

        Simulation(CampaignCreated campaign, LocalDate start, EngineClock.Simulation time) {
            this.campaign = campaign;
            this.start = start;
            this.time = time;
            Behaviour[] kinds = Behaviour.values();
            for (int i = 0; i < campaign.townships().size(); i++) {
                behaviours.put(campaign.townships().get(i).processInstanceId(), kinds[i % kinds.length]);
            }
        }

        DryRunReport run(long began) {
            List<DryRunReport.Snapshot> snapshots = new ArrayList<>();
            LocalDate last = start;
            for (LocalDate day = start; ; day = day.plusDays(1)) {
                time.moveTo(day.atTime(WORKING_HOUR).atZone(deadlines.zone()).toInstant());
                Board board = boards.board(campaign.id());
                for (Board.Row row : board.townships()) {
                    work(row, day);
                }
                time.moveTo(deadlines.endOf(day).plusSeconds(1));
                fireDueTimers();
                board = boards.board(campaign.id());
                Map<LocalDate, List<String>> due = dueDays(board);
                last = due.isEmpty() ? last : ((TreeMap<LocalDate, List<String>>) due).lastKey();
                if (due.containsKey(day)) {
                    snapshots.add(new DryRunReport.Snapshot(day, due.get(day), board));
                }
                if (allEnded() && !day.isBefore(last)) {
                    break;
                }
                if (day.isAfter(last.plusDays(30))) {
                    throw new IllegalStateException("dry run did not finish within 30 days after the last deadline");
                }
            }
            List<DryRunReport.SimulatedTownship> script = new ArrayList<>();
            for (var t : campaign.townships()) {
                Behaviour b = behaviours.get(t.processInstanceId());
                script.add(new DryRunReport.SimulatedTownship(
                        t.code(), t.name(), b, b.description(), events.getOrDefault(t.processInstanceId(), List.of())));
            }
            return new DryRunReport(
                    campaign.county(), campaign.year(), (System.nanoTime() - began) / 1_000_000, script, snapshots);
        }

        /** Completes every open task whose step the township means to finish today or before. */
        private void work(Board.Row row, LocalDate day) {
            Map<String, LocalDate> dueByStep = new LinkedHashMap<>();
            row.steps().forEach(c -> dueByStep.put(c.step(), c.dueDate()));
            Behaviour behaviour = behaviours.get(row.processInstanceId());
            for (int guard = 0; guard < MAX_STEPS_PER_DAY; guard++) {
                Task next = tasks
                        .createTaskQuery()
                        .processInstanceId(row.processInstanceId())
                        .orderByTaskCreateTime()
                        .asc()
                        .list()
                        .stream()
                        .filter(t -> !day.isBefore(plannedDay(behaviour, t, dueByStep)))
                        .findFirst()
                        .orElse(null);
                if (next == null) {
                    return;
                }
                complete(row.processInstanceId(), behaviour, next);
            }
            throw new IllegalStateException("township " + row.code() + " does not settle on " + day);
        }

        private LocalDate plannedDay(Behaviour behaviour, Task task, Map<String, LocalDate> dueByStep) {
            String step = task.getTaskDefinitionKey().substring(0, 2);
            LocalDate due = dueByStep.get(step);
            return behaviour == Behaviour.LATE && step.equals(Step.T3.name()) ? due.plusDays(2) : due;
        }

        private void complete(String processInstanceId, Behaviour behaviour, Task task) {
            String key = task.getTaskDefinitionKey();
            Map<String, JsonNode> vars = TaskVariables.visible(tasks, formContexts, task.getId());
            LocalDate congress = campaign.deadlines().get(Step.T7);
            Map<String, Object> answer = new LinkedHashMap<>(SimulatedParticipant.answer(key, vars, congress));
            if (behaviour == Behaviour.RETURNED_AND_TIE && once(processInstanceId, key)) {
                switch (key) {
                    case "T2_ReviewConveneRequest" -> {
                        answer.put("approved", false);
                        answer.put("comment", "请补充代表名额分配方案");
                    }
                    case "T4_ReviewNominees" -> {
                        answer.put("approved", false);
                        answer.put("comment", "请补充候选人考察材料");
                    }
                    case "T7_RecordCommitteeElection" ->
                        answer.put(
                                "tally",
                                new SimulatedParticipant.Json(
                                        SimulatedParticipant.tieAtLastSeat(SimulatedParticipant.race(vars))
                                                .toString()));
                    default -> done.remove(processInstanceId + key); // not a one-off of this behaviour
                }
            }
            tasks.complete(task.getId(), TaskVariables.toEngine(answer, deadlines.zone()));
            LocalDate today = LocalDate.now(clock);
            if (Boolean.FALSE.equals(answer.get("approved"))) {
                event(processInstanceId, "%s %s被退回：%s".formatted(today, task.getName(), answer.get("comment")));
            }
            if (key.equals("T7_RecordRevote")) {
                event(
                        processInstanceId,
                        "%s 重新投票：%s"
                                .formatted(
                                        today, RaceName.label(vars.get("race").asText())));
            }
        }

        private void event(String processInstanceId, String what) {
            events.computeIfAbsent(processInstanceId, k -> new ArrayList<>()).add(what);
        }

        private boolean once(String processInstanceId, String key) {
            return done.add(processInstanceId + key);
        }

        private void fireDueTimers() {
            Date now = Date.from(clock.instant());
            for (var t : campaign.townships()) {
                for (Job job : management
                        .createJobQuery()
                        .processInstanceId(t.processInstanceId())
                        .timers()
                        .duedateLowerThan(now)
                        .list()) {
                    management.executeJob(job.getId());
                }
            }
        }

        private boolean allEnded() {
            return campaign.townships().stream()
                    .allMatch(t -> runtime.createProcessInstanceQuery()
                                    .processInstanceId(t.processInstanceId())
                                    .count()
                            == 0);
        }

        private Map<LocalDate, List<String>> dueDays(Board board) {
            TreeMap<LocalDate, List<String>> due = new TreeMap<>();
            for (Board.Row row : board.townships()) {
                for (Board.Cell cell : row.steps()) {
                    if (cell.dueDate() != null) {
                        List<String> steps = due.computeIfAbsent(cell.dueDate(), d -> new ArrayList<>());
                        if (!steps.contains(cell.step())) {
                            steps.add(cell.step());
                        }
                    }
                }
            }
            return due;
        }
    }
}
