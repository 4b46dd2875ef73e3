package cn.county.reelection.campaign;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    /** Whether the county has a township campaign other than {@code campaignId}. */
    @Query("select count(c) > 0 from Campaign c where c.countyCode = ?1 and c.id <> ?2")
    boolean existsOtherOfCounty(String countyCode, long campaignId);
}
