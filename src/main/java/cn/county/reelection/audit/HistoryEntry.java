package cn.county.reelection.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One line of a township's audit trail (R11): who did what, when, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(Instant at, String who, String kind, String step, String what, String why) {}
