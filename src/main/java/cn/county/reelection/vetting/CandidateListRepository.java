package cn.county.reelection.vetting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CandidateListRepository extends JpaRepository<CandidateList, Long> {

    // written out: Hibernate keeps the plan of a query string; a derived query is built again at every call
    @Query("select c from CandidateList c where c.township.id = ?1 and c.list = ?2 order by c.id")
    List<CandidateList> findByTownshipIdAndListOrderById(Long townshipId, CandidateList.ListKind list);

    /** Every list of a campaign's townships (reports over many townships). */
    List<CandidateList> findByTownshipCampaignIdOrderById(Long campaignId);

    @Modifying
    @Query(
            "delete from CandidateList c where c.township.id = ?1 and c.list = ?2 and (?3 is null or c.organisationCode = ?3)")
    void deleteList(Long townshipId, CandidateList.ListKind list, String organisationCode);
}
