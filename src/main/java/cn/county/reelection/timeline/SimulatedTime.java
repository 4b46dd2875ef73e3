package cn.county.reelection.timeline;

import java.time.Instant;

/**
 * The time of a dry run, for the calling thread only. The engine's clock ({@code ClockUtil}) is global:
 * moving it for a rehearsal would move every real campaign's timers, so the dry run sets its own time
 * here and {@link TimelineService#now()} reads it first.
 */
public final class SimulatedTime {

  private static final ThreadLocal<Instant> NOW = new ThreadLocal<>();

  private SimulatedTime() {}

  public static void set(Instant now) {
    NOW.set(now);
  }

  public static void clear() {
    NOW.remove();
  }

  static Instant current() {
    return NOW.get();
  }

  /** The simulated time of this thread, or {@code otherwise}. */
  public static Instant nowOr(Instant otherwise) {
    Instant now = NOW.get();
    return now != null ? now : otherwise;
  }
}
