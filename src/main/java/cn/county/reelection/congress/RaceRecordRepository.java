package cn.county.reelection.congress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RaceRecordRepository extends JpaRepository<RaceRecord, Long> {

    List<RaceRecord> findByTownshipIdAndRaceAndFinishedTrueOrderById(Long townshipId, String race);

    List<RaceRecord> findByTownshipIdOrderById(Long townshipId);

    /** Every counted ballot of a campaign's townships at once (the county's summary). */
    List<RaceRecord> findByTownshipCampaignIdOrderById(Long campaignId);

    List<RaceRecord> findByTownshipProcessInstanceIdOrderById(String processInstanceId);

    /** V11: every counted ballot of a village, oldest first. */
    List<RaceRecord> findByVillageIdOrderById(Long villageId);
}
