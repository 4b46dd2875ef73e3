package cn.county.reelection.operations;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One named daemon thread that runs a task every so often (fixed delay, the first run one delay after the start), for
 * the operations beans that watch the service in the background. A daemon, so that it never keeps a JVM alive; its
 * owner closes it with the Spring context, so the test contexts and the cluster nodes started in one JVM leave none
 * behind.
 */
final class DaemonTimer implements AutoCloseable {

    private final ScheduledExecutorService executor;

    DaemonTimer(String threadName, Duration every, Runnable task) {
        executor = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread thread = new Thread(run, threadName);
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        executor.scheduleWithFixedDelay(task, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
