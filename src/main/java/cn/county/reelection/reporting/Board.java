package cn.county.reelection.reporting;

import cn.county.reelection.timeline.StepState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/campaigns/{id}/board}: every township × step (CONTRACT.md). */
public record Board(Long campaignId, String county, int year, Instant generatedAt, List<StepColumn> steps, List<Row> townships) {

  public record StepColumn(String step, String label) {}

  /** {@code overdueCount}: the township's steps overdue or done late. */
  public record Row(String code, String name, String businessKey, String processInstanceId, long overdueCount, List<Cell> steps) {}

  public record Cell(String step, LocalDate dueDate, Instant startedAt, Instant completedAt, StepState state) {}
}
