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
import java.util.List;
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

  /** R5: committee nominees are its seats + 2 (13 for 11), discipline nominees its seats + 1 (6 for 5). */
  public void recordNominees(long townshipId, List<Person> committee, List<Person> discipline, LocalDate today) {
    Township township = townships.findById(townshipId).orElseThrow();
    PersonChecks.requireComplete(committee, "committeeNominees", "R5", today);
    PersonChecks.requireComplete(discipline, "disciplineNominees", "R5", today);
    int committeeNominees = township.getCommitteeSeats() + ElectionRules.COMMITTEE_CANDIDATES - ElectionRules.COMMITTEE_SEATS;
    if (committee.size() != committeeNominees) {
      throw new ProcessInputException("R5", "committeeNominees",
          "党委委员应选%d名，差额2名，候选人应为%d名，现为%d名".formatted(township.getCommitteeSeats(), committeeNominees, committee.size()));
    }
    int disciplineNominees = township.getDisciplineSeats() + ElectionRules.DISCIPLINE_CANDIDATES - ElectionRules.DISCIPLINE_SEATS;
    if (discipline.size() != disciplineNominees) {
      throw new ProcessInputException("R5", "disciplineNominees",
          "纪委委员应选%d名，差额1名，候选人应为%d名，现为%d名".formatted(township.getDisciplineSeats(), disciplineNominees, discipline.size()));
    }
    candidates.deleteList(townshipId, CandidateRecord.ListKind.COMMITTEE_NOMINEE, null);
    candidates.deleteList(townshipId, CandidateRecord.ListKind.DISCIPLINE_NOMINEE, null);
    committee.forEach(p -> candidates.save(new CandidateRecord(township, CandidateRecord.ListKind.COMMITTEE_NOMINEE, null, p)));
    discipline.forEach(p -> candidates.save(new CandidateRecord(township, CandidateRecord.ListKind.DISCIPLINE_NOMINEE, null, p)));
  }
}
