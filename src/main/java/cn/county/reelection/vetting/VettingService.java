package cn.county.reelection.vetting;

import cn.county.reelection.campaign.Organisation;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.election.ElectionRules;
import cn.county.reelection.election.Race;
import cn.county.reelection.election.RaceKind;
import cn.county.reelection.congress.RaceName;
import cn.county.reelection.process.ProcessInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the delegate candidates (T3, R3) and the nominees (T4, R5) of a township. */
@Service
@Transactional
public class VettingService {

  private final CandidateRecordRepository candidates;
  private final TownshipRepository townships;

  public VettingService(CandidateRecordRepository candidates, TownshipRepository townships) {
    this.candidates = candidates;
    this.townships = townships;
  }

  /**
   * R3: an organisation's preliminary list has at least 20% more candidates than its seats
   * (rounded up). Returns the race its member meeting will hold.
   */
  public Race recordDelegateCandidates(long townshipId, String organisationCode, List<Person> persons, LocalDate today) {
    Township township = townships.findById(townshipId).orElseThrow();
    Organisation organisation = township.getOrganisations().stream()
        .filter(o -> o.getCode().equals(organisationCode)).findFirst().orElseThrow();
    PersonChecks.requireComplete(persons, "delegateCandidates", "R3", today);
    int seats = organisation.getDelegateSeats();
    int minimum = ElectionRules.minimumCandidatesWithMargin(seats);
    if (persons.size() < minimum) {
      throw new ProcessInputException("R3", "delegateCandidates",
          "%s应选代表%d名，候选人应不少于%d名（差额不少于20%%），现为%d名".formatted(organisation.getName(), seats, minimum, persons.size()));
    }
    candidates.deleteList(townshipId, CandidateRecord.ListKind.DELEGATE_CANDIDATE, organisationCode);
    persons.forEach(p -> candidates.save(new CandidateRecord(township, CandidateRecord.ListKind.DELEGATE_CANDIDATE, organisationCode, p)));
    return Race.start(RaceName.DELEGATES, RaceKind.COMPETITIVE, seats, minimum, organisation.getMembers(),
        PersonChecks.names(persons), null);
  }

  /**
   * R4, R5: records the nominee lists when they meet the hard rules (numbers, posts, ages); a breach is a
   * {@link ProcessInputException} naming every hard finding. Returns what the county reads in its review:
   * the figures and the warnings.
   */
  public String recordNominees(long townshipId, List<Person> committee, List<Person> discipline, LocalDate today) {
    Township township = townships.findById(townshipId).orElseThrow();
    PersonChecks.requireComplete(committee, "committeeNominees", "R5", today);
    PersonChecks.requireComplete(discipline, "disciplineNominees", "R5", today);
    LocalDate congressDate = township.getCongressDate() != null ? township.getCongressDate() : today;
    List<Finding> findings = NomineeChecks.check(committee, discipline, township.getCommitteeSeats(),
        township.getDisciplineSeats(), congressDate);
    List<Finding> hard = findings.stream().filter(Finding::hard).toList();
    if (!hard.isEmpty()) {
      throw new ProcessInputException(hard.get(0).rule(), hard.get(0).field(),
          hard.stream().map(f -> "[" + f.rule() + "] " + f.message()).collect(Collectors.joining("；")));
    }
    candidates.deleteList(townshipId, CandidateRecord.ListKind.COMMITTEE_NOMINEE, null);
    candidates.deleteList(townshipId, CandidateRecord.ListKind.DISCIPLINE_NOMINEE, null);
    committee.forEach(p -> candidates.save(new CandidateRecord(township, CandidateRecord.ListKind.COMMITTEE_NOMINEE, null, p)));
    discipline.forEach(p -> candidates.save(new CandidateRecord(township, CandidateRecord.ListKind.DISCIPLINE_NOMINEE, null, p)));
    return NomineeChecks.summary(committee, discipline, congressDate, findings);
  }

  /**
   * R2: the make-up of the delegates elected at T3. Each organisation's elected names are matched with
   * its candidate list; write-ins have no personal data and are counted apart.
   */
  public DelegateMakeup.Report delegateMakeup(long townshipId, Map<String, List<String>> electedByOrganisation, LocalDate today) {
    Township township = townships.findById(townshipId).orElseThrow();
    List<Person> known = new ArrayList<>();
    int unknown = 0;
    for (Map.Entry<String, List<String>> organisation : electedByOrganisation.entrySet()) {
      Map<String, Person> listed = new HashMap<>();
      candidates.findByTownshipIdAndListOrderById(townshipId, CandidateRecord.ListKind.DELEGATE_CANDIDATE).stream()
          .filter(c -> organisation.getKey().equals(c.getOrganisationCode()))
          .forEach(c -> listed.put(c.getName(), c.toPerson()));
      for (String name : organisation.getValue()) {
        Person person = listed.get(name);
        if (person == null) {
          unknown++;
        } else {
          known.add(person);
        }
      }
    }
    return DelegateMakeup.check(known, unknown, township.getCongressDate() != null ? township.getCongressDate() : today);
  }
}
