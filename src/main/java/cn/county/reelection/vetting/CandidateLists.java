package cn.county.reelection.vetting;

import cn.county.reelection.campaign.Township;
import cn.county.reelection.process.JsonText;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The township's lists of people as recorded (T3 delegate candidates, R3; T4 nominees, R5): see {@link CandidateList}. */
@Service
@Transactional
public class CandidateLists {

    private final CandidateListRepository lists;
    private final ObjectMapper mapper;

    public CandidateLists(CandidateListRepository lists, ObjectMapper mapper) {
        this.lists = lists;
        this.mapper = mapper;
    }

    /** Records {@code persons} (names trimmed) as the list, in place of the one recorded before. */
    public void replace(Township township, CandidateList.ListKind list, String organisationCode, List<Person> persons) {
        lists.deleteList(township.getId(), list, organisationCode);
        List<Person> trimmed = persons.stream().map(Person::trimmed).toList();
        lists.save(new CandidateList(township, list, organisationCode, JsonText.write(mapper, trimmed)));
    }

    /**
     * The people of the township's lists of kind {@code list}: of one organisation ({@code organisationCode}), or of
     * all (null), each organisation's in the order recorded.
     */
    @Transactional(readOnly = true)
    public List<Person> persons(long townshipId, CandidateList.ListKind list, String organisationCode) {
        return persons(lists.findByTownshipIdAndListOrderById(townshipId, list).stream(), list, organisationCode);
    }

    /** As {@link #persons(long, CandidateList.ListKind, String)}, over lists read before. */
    public List<Person> persons(Stream<CandidateList> recorded, CandidateList.ListKind list, String organisationCode) {
        return recorded.filter(c -> c.getList() == list)
                .filter(c -> organisationCode == null || organisationCode.equals(c.getOrganisationCode()))
                .flatMap(c -> Stream.of(JsonText.read(mapper, c.getPersons(), Person[].class)))
                .toList();
    }

    /** Every list of a campaign's townships, in the order recorded (reports over many townships). */
    @Transactional(readOnly = true)
    public List<CandidateList> ofCampaign(long campaignId) {
        return lists.findByTownshipCampaignIdOrderById(campaignId);
    }
}
