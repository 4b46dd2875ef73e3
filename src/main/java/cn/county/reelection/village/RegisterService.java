package cn.county.reelection.village;

import cn.county.reelection.web.ApiException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * V1: imports a village's voter register, checks it against itself and the campaign's other villages,
 * keeps the published list and every reported line, and writes the list as a document.
 */
@Service
@Transactional
public class RegisterService {

    private static final int CHUNK = 1000;

    private final VillageRepository villages;
    private final RegisteredVoterRepository voters;
    private final VillageStepProgressRepository progress;

    public RegisterService(
            VillageRepository villages, RegisteredVoterRepository voters, VillageStepProgressRepository progress) {
        this.villages = villages;
        this.voters = voters;
        this.progress = progress;
    }

    public Village village(String businessKey) {
        return villages.findByBusinessKey(businessKey)
                .orElseThrow(() -> ApiException.notFound("没有业务键为%s的村（社区）换届".formatted(businessKey)));
    }

    /**
     * Replaces the village's register by the file's. Ages are taken on {@code electionDay}, by default the
     * committee election's deadline (V9). Refused once the list has been published (the V1 step is done).
     */
    public RegisterReport importRegister(String businessKey, String fileName, InputStream in, LocalDate electionDay) {
        Village village = village(businessKey);
        progress.findByVillageIdAndStep(village.getId(), VillageStep.REGISTRATION)
                .filter(p -> p.getCompletedAt() != null)
                .ifPresent(p -> {
                    throw new ApiException(HttpStatus.CONFLICT, "V1", "file", "选民名单已经公布，不能再导入");
                });
        LocalDate day = electionDay != null
                ? electionDay
                : village.getCampaign().getDeadlines().get(VillageStep.COMMITTEE_ELECTION);
        List<VoterRow> rows;
        try {
            rows = RegisterFile.read(fileName, in);
        } catch (RegisterFile.FormatException e) {
            throw ApiException.badRequest("V1", "file", e.getMessage());
        }
        if (rows.isEmpty()) {
            throw ApiException.badRequest("V1", "file", "选民登记表没有数据行");
        }
        RegisterCheck.Result result = new RegisterCheck().check(rows, day, elsewhere(village, rows));
        voters.deleteByVillage(village.getId());
        List<RegisteredVoter> entries = new ArrayList<>(rows.size());
        result.voters().forEach(v -> entries.add(RegisteredVoter.of(village, v)));
        result.problems().forEach(p -> entries.add(RegisteredVoter.of(village, p)));
        voters.saveAll(entries);
        village.setRegisterElectionDay(day);
        village.setRegisterLines(rows.size());
        return RegisterReport.of(village, rows.size(), result.voters().size(), result.problems());
    }

    /** The last import's report. */
    @Transactional(readOnly = true)
    public RegisterReport report(String businessKey) {
        Village village = village(businessKey);
        List<RegisteredVoter> all = voters.findByVillageIdOrderByRow(village.getId());
        List<RegisterProblem> problems = all.stream()
                .filter(v -> v.getProblem() != null)
                .map(RegisteredVoter::asProblem)
                .toList();
        return RegisterReport.of(village, village.getRegisterLines(), all.size() - problems.size(), problems);
    }

    @Transactional(readOnly = true)
    public List<Voter> list(Village village) {
        return voters.findByVillageIdOrderByRow(village.getId()).stream()
                .filter(v -> v.getProblem() == null)
                .map(RegisteredVoter::voter)
                .toList();
    }

    @Transactional(readOnly = true)
    public long voterCount(long villageId) {
        return voters.countByVillageIdAndProblemIsNull(villageId);
    }

    /** The published list (选民名单) as XLSX. */
    @Transactional(readOnly = true)
    public byte[] publishedList(String businessKey) {
        Village village = village(businessKey);
        String title = "%s%s%d年换届选举选民名单（选举日%s）"
                .formatted(
                        village.getCampaign().getTownshipName(),
                        village.getName(),
                        village.getCampaign().getYear(),
                        village.getRegisterElectionDay());
        return RegisterFile.publishedList(title, list(village));
    }

    private Map<String, String> elsewhere(Village village, List<VoterRow> rows) {
        List<String> ids = rows.stream()
                .map(r -> IdNumber.valid(r.idNumber()))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        Map<String, String> found = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            for (RegisteredVoter v : voters.findElsewhere(
                    village.getCampaign().getId(), village.getId(), ids.subList(i, Math.min(ids.size(), i + CHUNK)))) {
                found.putIfAbsent(v.getIdNumber(), v.getVillage().getName());
            }
        }
        return found;
    }
}
