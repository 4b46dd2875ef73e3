package cn.county.reelection.reporting;

import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.campaign.Organisation;
import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.congress.RaceRecord;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.timeline.StepProgress;
import cn.county.reelection.timeline.StepProgressRepository;
import cn.county.reelection.vetting.CandidateList;
import cn.county.reelection.vetting.CandidateLists;
import cn.county.reelection.vetting.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign whose townships have held their elections, written straight into the project's tables (what the
 * process writes), with figures known in advance: every township elects 11 of its 13 committee nominees and
 * 3 delegates in each of its 3 organisations; every third township re-votes its committee race; every fourth
 * finishes T3 late; every fifth has T8 (due 30 November) still open.
 */
public final class SummaryDataset {

    public static final LocalDate CONGRESS = LocalDate.of(2026, 11, 28);
    public static final Instant ELECTED_AT = Instant.parse("2026-11-28T03:00:00Z");
    static final int NOMINEES = 13;
    static final int ELECTED = 11;
    static final int ORGANISATIONS = 3;
    static final int DELEGATE_SEATS = 3;
    static final Person.Education[] EDUCATIONS = Person.Education.values();

    private SummaryDataset() {}

    /** The committee nominee {@code i} of township {@code t}: ages 32 to 56, every fourth a woman, every fifth 纳西族. */
    public static Person nominee(int t, int i) {
        return new Person(
                "委员" + t + "-" + i,
                i % 4 == 0 ? Person.Gender.F : Person.Gender.M,
                LocalDate.of(1970 + 2 * i + (t % 2), 6, 1),
                i % 5 == 0 ? "纳西族" : "汉族",
                EDUCATIONS[(i + t) % EDUCATIONS.length],
                Person.Category.CADRE,
                null);
    }

    /** Delegate candidate {@code i} (0..3) of organisation {@code o}: two elected of them front-line, ages 30 to 60. */
    public static Person delegate(int t, int o, int i) {
        Person.Category[] categories = {
            Person.Category.FRONTLINE, Person.Category.PROFESSIONAL, Person.Category.FRONTLINE, Person.Category.CADRE
        };
        return new Person(
                "代表" + t + "-" + o + "-" + i,
                (i + o) % 3 == 0 ? Person.Gender.F : Person.Gender.M,
                LocalDate.of(1966 + 10 * i + o, 3, 3),
                (t + i) % 7 == 0 ? "白族" : "汉族",
                Person.Education.COLLEGE,
                categories[i],
                null);
    }

    public static boolean revotes(int t) {
        return t % 3 == 0;
    }

    public static boolean lateT3(int t) {
        return t % 4 == 0;
    }

    public static boolean overdueT8(int t) {
        return t % 5 == 0;
    }

    /** Writes the campaign of {@code townships} townships (codes prefix + 1, 2, …) and returns its id. */
    public static long write(
            CampaignRepository campaigns,
            CandidateLists candidates,
            RaceRecordRepository races,
            StepProgressRepository progress,
            String county,
            String countyCode,
            String prefix,
            int townships) {
        Map<Step, LocalDate> deadlines = new EnumMap<>(Step.class);
        deadlines.put(Step.T1, LocalDate.of(2026, 11, 5));
        deadlines.put(Step.T2, LocalDate.of(2026, 11, 10));
        deadlines.put(Step.T3, LocalDate.of(2026, 11, 20));
        deadlines.put(Step.T4, LocalDate.of(2026, 11, 20));
        deadlines.put(Step.T5, LocalDate.of(2026, 11, 27));
        deadlines.put(Step.T6, LocalDate.of(2026, 11, 27));
        deadlines.put(Step.T7, LocalDate.of(2026, 11, 30));
        deadlines.put(Step.T8, LocalDate.of(2026, 11, 30));
        deadlines.put(Step.T9, LocalDate.of(2026, 12, 3));
        Campaign campaign =
                new Campaign(county, countyCode, 2026, deadlines, Instant.parse("2026-11-01T00:00:00Z"), "admin");
        for (int t = 1; t <= townships; t++) {
            Township township = campaign.addTownship(prefix + t, "第" + t + "乡", "2026-" + prefix + t);
            for (int o = 1; o <= ORGANISATIONS; o++) {
                township.addOrganisation(prefix + t + "-B" + o, "第" + o + "支部", 40 + o)
                        .setDelegateSeats(DELEGATE_SEATS);
            }
            township.recordPlan(CONGRESS, ORGANISATIONS * DELEGATE_SEATS, ELECTED, 5, 5);
        }
        campaigns.saveAndFlush(campaign);
        List<RaceRecord> counted = new ArrayList<>();
        List<StepProgress> steps = new ArrayList<>();
        for (int t = 1; t <= townships; t++) {
            Township township = campaign.getTownships().get(t - 1);
            List<String> elected = new ArrayList<>();
            List<Person> nominees = new ArrayList<>();
            for (int i = 0; i < NOMINEES; i++) {
                nominees.add(nominee(t, i));
                if (i < ELECTED) {
                    elected.add(nominee(t, i).name());
                }
            }
            candidates.replace(township, CandidateList.ListKind.COMMITTEE_NOMINEE, null, nominees);
            if (revotes(t)) {
                counted.add(race(township, RaceName.COMMITTEE, null, 1, 75, 70, List.of()));
                counted.add(finished(race(township, RaceName.COMMITTEE, null, 2, 75, 68, elected), elected));
            } else {
                counted.add(finished(race(township, RaceName.COMMITTEE, null, 1, 75, 70 + t % 5, elected), elected));
            }
            for (int o = 1; o <= ORGANISATIONS; o++) {
                Organisation organisation = township.getOrganisations().get(o - 1);
                List<String> delegates = new ArrayList<>();
                List<Person> listed = new ArrayList<>();
                for (int i = 0; i < DELEGATE_SEATS + 1; i++) {
                    listed.add(delegate(t, o, i));
                    if (i < DELEGATE_SEATS) {
                        delegates.add(delegate(t, o, i).name());
                    }
                }
                candidates.replace(township, CandidateList.ListKind.DELEGATE_CANDIDATE, organisation.getCode(), listed);
                counted.add(finished(
                        race(
                                township,
                                RaceName.DELEGATES,
                                organisation.getCode(),
                                1,
                                organisation.getMembers(),
                                organisation.getMembers() - o,
                                delegates),
                        delegates));
            }
            for (Step step : Step.values()) {
                StepProgress p = new StepProgress(township, step, deadlines.get(step));
                p.setStartedAt(Instant.parse("2026-11-01T00:00:00Z"));
                boolean open = step == Step.T8 && overdueT8(t);
                if (!open) {
                    LocalDate done = step == Step.T3 && lateT3(t)
                            ? LocalDate.of(2026, 11, 22)
                            : deadlines.get(step).minusDays(1);
                    p.setCompletedAt(done.atTime(10, 0)
                            .atZone(ZoneId.of("Asia/Shanghai"))
                            .toInstant());
                }
                steps.add(p);
            }
        }
        races.saveAll(counted);
        progress.saveAll(steps);
        return campaign.getId();
    }

    private static RaceRecord race(
            Township township,
            String race,
            String organisation,
            int ballot,
            int entitled,
            int present,
            List<String> elected) {
        return new RaceRecord(
                township,
                race,
                organisation,
                ballot,
                "COMPETITIVE",
                elected.isEmpty() ? ELECTED : elected.size(),
                entitled,
                present,
                present,
                0,
                true,
                "{}",
                null,
                ELECTED_AT,
                "admin");
    }

    private static RaceRecord finished(RaceRecord record, List<String> elected) {
        record.finish(json(elected), 0);
        return record;
    }

    private static String json(List<String> names) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            s.append(i == 0 ? "" : ",").append('"').append(names.get(i)).append('"');
        }
        return s.append(']').toString();
    }
}
