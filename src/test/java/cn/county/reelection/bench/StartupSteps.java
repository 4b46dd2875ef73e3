package cn.county.reelection.bench;

import cn.county.reelection.ReelectionApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the service's start goes: Spring's startup steps of one start (the demo profile, a fresh H2 file unless
 * arguments say otherwise), each bean's own time (its time less that of the beans created inside it), the top ones
 * printed. Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.county.reelection.bench.StartupSteps -Dexec.args="30"}.
 */
public final class StartupSteps {

    public static void main(String[] args) {
        int top = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        SpringApplication app = new SpringApplication(ReelectionApplication.class);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(50_000);
        app.setApplicationStartup(startup);
        long t0 = System.nanoTime();
        String[] boot = args.length > 1
                ? List.of(args).subList(1, args.length).toArray(String[]::new)
                : new String[] {"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:startup-steps;DB_CLOSE_DELAY=-1"
                };
        try (ConfigurableApplicationContext context = app.run(boot)) {
            double total = (System.nanoTime() - t0) / 1e9;
            List<StartupTimeline.TimelineEvent> events =
                    startup.getBufferedTimeline().getEvents();
            Map<Long, Duration> children = new HashMap<>();
            for (var event : events) {
                Long parent = event.getStartupStep().getParentId();
                if (parent != null) {
                    children.merge(parent, event.getDuration(), Duration::plus);
                }
            }
            List<String[]> rows = new ArrayList<>();
            Map<String, Duration> byKind = new HashMap<>();
            for (var event : events) {
                Duration own = event.getDuration()
                        .minus(children.getOrDefault(event.getStartupStep().getId(), Duration.ZERO));
                String name = event.getStartupStep().getName();
                StringBuilder tags = new StringBuilder();
                event.getStartupStep()
                        .getTags()
                        .forEach(tag -> tags.append(tag.getValue()).append(' '));
                byKind.merge(name, own, Duration::plus);
                rows.add(new String[] {
                    String.valueOf(own.toMillis()), name, tags.toString().strip()
                });
            }
            rows.sort(Comparator.comparingLong((String[] r) -> Long.parseLong(r[0]))
                    .reversed());
            System.out.printf("%nstarted in %.1f s; %d steps%n", total, events.size());
            byKind.entrySet().stream()
                    .sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
                    .limit(12)
                    .forEach(e -> System.out.printf(
                            "%8d ms  %s (own time, all steps)%n", e.getValue().toMillis(), e.getKey()));
            System.out.println();
            rows.stream().limit(top).forEach(r -> System.out.printf("%8s ms  %s  %s%n", r[0], r[1], r[2]));
        }
    }
}
