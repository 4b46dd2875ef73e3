package cn.county.reelection.village;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RegisteredVoterRepository extends JpaRepository<RegisteredVoter, Long> {

    List<RegisteredVoter> findByVillageIdOrderByRow(Long villageId);

    long countByVillageIdAndProblemIsNull(Long villageId);

    /** Voters on the lists of the other villages of a campaign whose ID numbers are among {@code ids}. */
    @Query("select v from RegisteredVoter v where v.village.campaign.id = :campaignId and v.village.id <> :villageId"
            + " and v.problem is null and v.idNumber in :ids")
    List<RegisteredVoter> findElsewhere(Long campaignId, Long villageId, Collection<String> ids);

    @Modifying
    @Query("delete from RegisteredVoter v where v.village.id = :villageId")
    void deleteByVillage(Long villageId);
}
