package cn.county.reelection.vetting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApprovedRecordRepository extends JpaRepository<ApprovedRecord, Long> {

    // written out: Hibernate keeps the plan of a query string; a derived query is built again at every call
    @Query("select a from ApprovedRecord a where a.township.id = ?1 and a.kind = ?2 and a.scope = ?3"
            + " order by a.version desc limit 1")
    Optional<ApprovedRecord> findFirstByTownshipIdAndKindAndScopeOrderByVersionDesc(
            Long townshipId, ApprovedRecord.Kind kind, String scope);

    @Query("select a from ApprovedRecord a where a.township.id = ?1 and a.kind = ?2 and a.scope is null"
            + " order by a.version desc limit 1")
    Optional<ApprovedRecord> findFirstByTownshipIdAndKindAndScopeIsNullOrderByVersionDesc(
            Long townshipId, ApprovedRecord.Kind kind);

    List<ApprovedRecord> findByTownshipIdOrderById(Long townshipId);

    /** Every approved version of a campaign's townships (reports over many townships). */
    List<ApprovedRecord> findByTownshipCampaignId(Long campaignId);
}
