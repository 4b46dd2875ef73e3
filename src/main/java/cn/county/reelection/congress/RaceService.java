package cn.county.reelection.congress;

import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.election.BallotCounter;
import cn.county.reelection.election.ElectionRules;
import cn.county.reelection.election.Race;
import cn.county.reelection.election.RaceKind;
import cn.county.reelection.election.TallyInput;
import cn.county.reelection.election.TallyInputException;
import cn.county.reelection.election.TallyResult;
import cn.county.reelection.election.TallySheet;
import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.vetting.CandidateRecord;
import cn.county.reelection.vetting.CandidateRecordRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets up each race of a township and counts its ballots with the plain-Java counter. */
@Service
@Transactional
public class RaceService {

  public record Counted(Race race, Race.Next next, String lastProblem, TallyResult result) {}

  private final BallotCounter counter = new BallotCounter();
  private final RaceRecordRepository records;
  private final TownshipRepository townships;
  private final CandidateRecordRepository candidates;
  private final ObjectMapper mapper;

  public RaceService(RaceRecordRepository records, TownshipRepository townships, CandidateRecordRepository candidates,
      ObjectMapper mapper) {
    this.records = records;
    this.townships = townships;
    this.candidates = candidates;
    this.mapper = mapper;
  }

  /** T7/T8 races (R5, R7, R8, R9); the electorate is the delegates elected at T3. */
  public Race startRace(long townshipId, String name) {
    Township township = townships.findById(townshipId).orElseThrow();
    int delegates = delegatesElected(townshipId);
    return switch (name) {
      case RaceName.COMMITTEE -> Race.start(name, RaceKind.COMPETITIVE, township.getCommitteeSeats(),
          township.getCommitteeSeats() + ElectionRules.COMMITTEE_CANDIDATES - ElectionRules.COMMITTEE_SEATS,
          delegates, nominees(townshipId, CandidateRecord.ListKind.COMMITTEE_NOMINEE), null);
      case RaceName.DISCIPLINE -> Race.start(name, RaceKind.COMPETITIVE, township.getDisciplineSeats(),
          township.getDisciplineSeats() + ElectionRules.DISCIPLINE_CANDIDATES - ElectionRules.DISCIPLINE_SEATS,
          delegates, nominees(townshipId, CandidateRecord.ListKind.DISCIPLINE_NOMINEE), null);
      case RaceName.COUNTY_DELEGATES -> Race.start(name, RaceKind.COMPETITIVE, township.getCountyDelegateSeats(),
          ElectionRules.minimumCandidatesWithMargin(township.getCountyDelegateSeats()), delegates, null, null);
      case RaceName.SECRETARY -> Race.start(name, RaceKind.NON_COMPETITIVE, RaceName.SECRETARY_SEATS, null,
          delegates, null, electedIn(townshipId, RaceName.COMMITTEE));
      case RaceName.DISCIPLINE_SECRETARY -> {
        List<String> discipline = electedIn(townshipId, RaceName.DISCIPLINE);
        yield Race.start(name, RaceKind.NON_COMPETITIVE, 1, null, discipline.size(), null, discipline);
      }
      default -> throw new IllegalArgumentException("unknown race " + name);
    };
  }

  /** Counts one ballot of a race and records it; impossible input is a {@link ProcessInputException}. */
  public Counted count(long townshipId, String organisationCode, Race race, TallySheet sheet, String recordedBy, Instant now) {
    TallyInput input;
    TallyResult result;
    try {
      input = race.inputFor(sheet);
      result = counter.count(input);
    } catch (TallyInputException e) {
      throw new ProcessInputException(e.rule(), "tally." + e.field(), e.getMessage());
    }
    int ballot = race.getBallot();
    Race.Next next = race.apply(result, input.candidates());
    String problems = result.problems().stream().map(p -> "[" + p.rule() + "] " + p.message()).collect(Collectors.joining("；"));
    RaceRecord record = records.save(new RaceRecord(townships.getReferenceById(townshipId), race.getName(), organisationCode,
        ballot, input.kind().name(), input.seats(), input.entitled(), input.present(), result.ballotsCast(),
        result.ballotsVoid(), result.valid(), json(result), problems.isEmpty() ? null : problems, now, recordedBy));
    if (next == Race.Next.DONE) {
      record.finish(json(race.getElected()), race.getUnfilledSeats());
    }
    return new Counted(race, next, race.describeNext(next, result), result);
  }

  /** Delegates elected at T3: the last finished election of each organisation. */
  public int delegatesElected(long townshipId) {
    return electedDelegates(townshipId).values().stream().mapToInt(List::size).sum();
  }

  /** The names elected at T3 per organisation, from each organisation's last finished election (R2, R3). */
  public Map<String, List<String>> electedDelegates(long townshipId) {
    Map<String, List<String>> byOrganisation = new LinkedHashMap<>();
    for (RaceRecord r : records.findByTownshipIdAndRaceAndFinishedTrueOrderById(townshipId, RaceName.DELEGATES)) {
      byOrganisation.put(r.getOrganisationCode(), readNames(r.getRaceElectedJson()));
    }
    return byOrganisation;
  }

  public List<String> electedIn(long townshipId, String race) {
    List<RaceRecord> finished = records.findByTownshipIdAndRaceAndFinishedTrueOrderById(townshipId, race);
    return finished.isEmpty() ? List.of() : readNames(finished.get(finished.size() - 1).getRaceElectedJson());
  }

  private List<String> nominees(long townshipId, CandidateRecord.ListKind list) {
    return candidates.findByTownshipIdAndListOrderById(townshipId, list).stream().map(CandidateRecord::getName).toList();
  }

  private List<String> readNames(String json) {
    try {
      return List.of(mapper.readValue(json, String[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
