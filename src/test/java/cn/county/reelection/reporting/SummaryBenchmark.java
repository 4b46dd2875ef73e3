package cn.county.reelection.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.timeline.StepProgressRepository;
import cn.county.reelection.vetting.CandidateListRepository;
import cn.county.reelection.vetting.CandidateLists;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long the county's summary of 1,000 townships takes: reading the figures from the tables, writing the
 * .xlsx, writing the .docx. Three rounds on an in-memory H2 database; prints every round, wall-clock and the
 * thread's CPU time (the machine may be shared). Not part of the suite
 * (the name does not end in Test): {@code mvn -o -q test -Dtest=SummaryBenchmark}.
 */
@Tag("own-context")
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:summary-benchmark;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class SummaryBenchmark {

    static final int TOWNSHIPS = 1000;
    static final int ROUNDS = 3;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    CandidateLists candidates;

    @Autowired
    CandidateListRepository candidateRows;

    @Autowired
    RaceRecordRepository races;

    @Autowired
    StepProgressRepository progress;

    @Autowired
    SummaryService summaries;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void summaryOfAThousandTownships() {
        long start = System.nanoTime();
        long id = transactions.execute(
                s -> SummaryDataset.write(campaigns, candidates, races, progress, "基准县", "bench", "BM", TOWNSHIPS));
        System.out.printf(
                "SummaryBenchmark: dataset of %d townships (%d people, %d ballots) written in %.2f s%n",
                TOWNSHIPS, candidateRows.count(), races.count(), seconds(start));
        List<double[]> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long t0 = System.nanoTime();
            long c0 = cpu();
            CampaignSummary summary = summaries.summary(id);
            long t1 = System.nanoTime();
            long c1 = cpu();
            byte[] xlsx = SummaryWorkbook.xlsx(summary);
            long t2 = System.nanoTime();
            long c2 = cpu();
            byte[] docx = SummaryDocument.docx(summary);
            long t3 = System.nanoTime();
            long c3 = cpu();
            assertThat(summary.townships()).hasSize(TOWNSHIPS);
            assertThat(summary.total().committee().total()).isEqualTo(TOWNSHIPS * SummaryDataset.ELECTED);
            assertThat(summary.total().delegates().total())
                    .isEqualTo(TOWNSHIPS * SummaryDataset.ORGANISATIONS * SummaryDataset.DELEGATE_SEATS);
            double[] r = {
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (c1 - c0) / 1e9, (c2 - c1) / 1e9, (c3 - c2) / 1e9
            };
            rounds.add(r);
            System.out.printf(
                    "SummaryBenchmark round %d: read %.2f s, xlsx %.2f s (%d KB), docx %.2f s (%d KB); "
                            + "CPU time of this thread: read %.2f s, xlsx %.2f s, docx %.2f s; load average %.1f%n",
                    round,
                    r[0],
                    r[1],
                    xlsx.length / 1024,
                    r[2],
                    docx.length / 1024,
                    r[3],
                    r[4],
                    r[5],
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        double[] best = new double[6];
        Arrays.fill(best, Double.MAX_VALUE);
        rounds.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                best[i] = Math.min(best[i], r[i]);
            }
        });
        System.out.printf(
                "SummaryBenchmark best of %d: read %.2f s, xlsx %.2f s, docx %.2f s (CPU: %.2f s, %.2f s, %.2f s)%n",
                ROUNDS, best[0], best[1], best[2], best[3], best[4], best[5]);
    }

    /** CPU time of this thread: what the work costs, whatever else the machine runs. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
