package cn.county.reelection.vetting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApprovedRecordRepository extends JpaRepository<ApprovedRecord, Long> {

    // written out: Hibernate keeps the plan of a query string; a derived query is built again at every call
    // A list, not an Optional, for a lookup that often finds nothing: Spring Data answers "none" of a single-result
    // query by catching Hibernate's NoResultException, whose stack trace costs more than the query itself.
    @Query("select a from ApprovedRecord a where a.township.id = ?1 and a.kind = ?2 and a.scope = ?3"
            + " order by a.version desc limit 1")
    List<ApprovedRecord> latestOfScope(Long townshipId, ApprovedRecord.Kind kind, String scope);

    @Query("select a from ApprovedRecord a where a.township.id = ?1 and a.kind = ?2 and a.scope is null"
            + " order by a.version desc limit 1")
    List<ApprovedRecord> latestWithoutScope(Long townshipId, ApprovedRecord.Kind kind);

    /** The latest approved version of the township's record of {@code kind} for {@code scope} (none: {@code null}). */
    default Optional<ApprovedRecord> latest(Long townshipId, ApprovedRecord.Kind kind, String scope) {
        return (scope == null ? latestWithoutScope(townshipId, kind) : latestOfScope(townshipId, kind, scope))
                .stream().findFirst();
    }

    List<ApprovedRecord> findByTownshipIdOrderById(Long townshipId);

    /** Every approved version of a campaign's townships (reports over many townships). */
    List<ApprovedRecord> findByTownshipCampaignId(Long campaignId);
}
