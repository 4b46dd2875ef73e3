package cn.county.reelection.vetting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovedRecordRepository extends JpaRepository<ApprovedRecord, Long> {

    Optional<ApprovedRecord> findFirstByTownshipIdAndKindAndScopeOrderByVersionDesc(
            Long townshipId, ApprovedRecord.Kind kind, String scope);

    Optional<ApprovedRecord> findFirstByTownshipIdAndKindAndScopeIsNullOrderByVersionDesc(
            Long townshipId, ApprovedRecord.Kind kind);

    List<ApprovedRecord> findByTownshipIdOrderById(Long townshipId);

    /** Every approved version of a campaign's townships (reports over many townships). */
    List<ApprovedRecord> findByTownshipCampaignId(Long campaignId);
}
