package cn.county.reelection.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The figures the benchmarks print: percentiles of sorted samples and the process's resident memory. */
final class BenchFigures {

    private BenchFigures() {}

    /** The {@code p}th percentile of an ascending list (nearest rank); NaN when empty. */
    static double pct(List<Double> sorted, int p) {
        return sorted.isEmpty()
                ? Double.NaN
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** This process's resident memory as {@code /proc/self/status} gives it ("812345 kB"). */
    static String rss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return line.substring(6).trim();
            }
        }
        return "?";
    }

    /** CPU seconds (user and system) a process has used, from {@code /proc/<pid>/stat}; with its waited-for children. */
    static double cpuSeconds(long pid, boolean withChildren) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14-17 of stat(5), counted from the state field (3) here
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (withChildren) {
                ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return ticks / 100.0;
        } catch (Exception gone) {
            return 0;
        }
    }
}
