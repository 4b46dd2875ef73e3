package cn.county.reelection.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.timeline.StepProgressRepository;
import cn.county.reelection.vetting.ApprovedRecord;
import cn.county.reelection.vetting.ApprovedRecords;
import cn.county.reelection.vetting.CandidateList;
import cn.county.reelection.vetting.CandidateLists;
import cn.county.reelection.vetting.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summary reads the approved versions of all townships at once: it must answer as the per-township reads of
 * the process do, the approved version where there is one (even after the recorded list changed), the recorded
 * list otherwise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApprovedSnapshotTest {

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    TownshipRepository townships;

    @Autowired
    CandidateLists candidates;

    @Autowired
    RaceRecordRepository races;

    @Autowired
    StepProgressRepository progress;

    @Autowired
    ApprovedRecords approved;

    @Autowired
    SummaryService summaries;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void snapshot_answersAsThePerTownshipReads_andTheSummaryUsesTheApprovedVersion() {
        long id = transactions.execute(
                s -> SummaryDataset.write(campaigns, candidates, races, progress, "快照县", "snap", "SN", 2));
        transactions.executeWithoutResult(s -> {
            Township first = townships.findByCampaignIdOrderById(id).get(0);
            // the county approves township 1's committee list, twice (the later version counts) …
            approved.keepList(
                    first.getId(), ApprovedRecord.Kind.T4_COMMITTEE, null, "T4_ReviewNominees", "admin", Instant.now());
            approved.keepList(
                    first.getId(), ApprovedRecord.Kind.T4_COMMITTEE, null, "T4_ReviewNominees", "admin", Instant.now());
            // … and afterwards the recorded list changes: every nominee now a woman
            List<Person> women = new ArrayList<>();
            for (int i = 0; i < SummaryDataset.NOMINEES; i++) {
                Person p = SummaryDataset.nominee(1, i);
                women.add(new Person(
                        p.name(),
                        Person.Gender.F,
                        p.birthDate(),
                        p.ethnicity(),
                        p.education(),
                        p.category(),
                        p.post()));
            }
            candidates.replace(first, CandidateList.ListKind.COMMITTEE_NOMINEE, null, women);
        });
        transactions.executeWithoutResult(s -> {
            List<Township> both = townships.findByCampaignIdOrderById(id);
            ApprovedRecords.Snapshot snapshot = approved.snapshot(id);
            for (Township t : both) {
                for (ApprovedRecord.Kind kind :
                        List.of(ApprovedRecord.Kind.T4_COMMITTEE, ApprovedRecord.Kind.T4_DISCIPLINE)) {
                    assertThat(snapshot.list(t, kind, null)).isEqualTo(approved.list(t.getId(), kind, null));
                }
                for (var o : t.getOrganisations()) {
                    assertThat(snapshot.list(t, ApprovedRecord.Kind.T3_CANDIDATES, o.getCode()))
                            .isEqualTo(approved.list(t.getId(), ApprovedRecord.Kind.T3_CANDIDATES, o.getCode()))
                            .hasSize(4);
                }
                assertThat(snapshot.plan(t)).isEqualTo(approved.plan(t.getId()));
            }
            assertThat(snapshot.list(both.get(0), ApprovedRecord.Kind.T4_COMMITTEE, null))
                    .extracting(Person::gender)
                    .contains(Person.Gender.M);
        });
        // the approved list has a woman in every fourth place: 3 of the 11 elected, not 11
        CampaignSummary summary = summaries.summary(id);
        assertThat(summary.townships().get(0).committee().women()).isEqualTo(3);
        assertThat(summary.townships().get(1).committee().women()).isEqualTo(3);
    }
}
