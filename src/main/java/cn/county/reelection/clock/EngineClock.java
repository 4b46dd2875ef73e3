package cn.county.reelection.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The project's one clock. It reads the engine's time ({@code ClockUtil}), so that tests moving the
 * engine clock to fire timers move every date the project records too. A dry run sets a simulated time
 * for its own thread only ({@link #simulated}): the engine clock is global, and moving it for a
 * rehearsal would move every real campaign's timers.
 */
public final class EngineClock extends Clock {

    private static final ThreadLocal<Instant> SIMULATED = new ThreadLocal<>();

    private final ZoneId zone;

    public EngineClock(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    @Override
    public Instant instant() {
        Instant simulated = SIMULATED.get();
        return simulated != null ? simulated : ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new EngineClock(other);
    }

    /**
     * Runs {@code work} on a simulated clock of this thread: engine time until the work moves it through
     * the given {@link Simulation}. Afterwards the thread reads the time it read before.
     */
    public <T> T simulated(Function<Simulation, T> work) {
        Instant before = SIMULATED.get();
        try {
            return work.apply(SIMULATED::set);
        } finally {
            if (before != null) {
                SIMULATED.set(before);
            } else {
                SIMULATED.remove();
            }
        }
    }

    /** Moves a simulated run's time (its own thread only). */
    @FunctionalInterface
    public interface Simulation {
        void moveTo(Instant now);
    }
}
