package cn.county.reelection.bench;

import cn.county.reelection.election.BallotCounter;
import cn.county.reelection.election.CsvBallots;
import cn.county.reelection.election.RaceKind;
import cn.county.reelection.election.TallyInput;
import cn.county.reelection.election.TallyResult;
import java.io.StringReader;
import java.util.List;
import java.util.Random;

/**
 * R10 throughput: anonymous ballots read from CSV and counted, as {@code POST /api/tally} and the record tasks
 * do. Prints ballots per second for 10,000 and 100,000 ballots (the upload limit), after warm-up.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.county.reelection.bench.BallotCsvBenchmark}
 */
public final class BallotCsvBenchmark {

    static final List<String> CANDIDATES =
            List.of("张三", "李四", "王五", "赵六", "孙七", "周八", "吴九", "郑十", "陈一", "林二", "黄三", "何四", "罗五");

    public static void main(String[] args) {
        BallotCounter counter = new BallotCounter();
        for (int size : new int[] {10_000, 100_000}) {
            String csv = ballots(size, new Random(size));
            for (int i = 0; i < 20; i++) { // warm-up
                count(counter, csv, size);
            }
            int rounds = size == 10_000 ? 50 : 10;
            long best = Long.MAX_VALUE;
            long total = 0;
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                TallyResult result = count(counter, csv, size);
                long spent = System.nanoTime() - t;
                best = Math.min(best, spent);
                total += spent;
                if (result.ballotsCast() != size) {
                    throw new IllegalStateException("counted " + result.ballotsCast());
                }
            }
            System.out.printf(
                    "%,9d ballots (%,d kB): mean %6.1f ms, best %6.1f ms → %,.0f ballots/s%n",
                    size, csv.length() * 3 / 1024, total / 1e6 / rounds, best / 1e6, size / (total / 1e9 / rounds));
        }
    }

    private static TallyResult count(BallotCounter counter, String csv, int present) {
        return counter.count(TallyInput.ofBallots(
                RaceKind.COMPETITIVE,
                11,
                13,
                present,
                present,
                CANDIDATES,
                CsvBallots.read(new StringReader(csv), "body")));
    }

    /** Ballots marking up to 11 of 13 candidates, some blank, some void (12 names), some with a write-in. */
    private static String ballots(int count, Random random) {
        StringBuilder csv = new StringBuilder(count * 40);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(100);
            int marks = kind < 3 ? 0 : kind < 5 ? 12 : 1 + random.nextInt(11);
            for (int m = 0; m < marks; m++) {
                csv.append(m == 0 ? "" : ",")
                        .append(kind >= 95 && m == 0 ? "另选" + random.nextInt(5) : CANDIDATES.get((i + m) % 13));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }
}
