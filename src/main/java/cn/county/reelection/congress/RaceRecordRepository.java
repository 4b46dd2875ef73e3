package cn.county.reelection.congress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RaceRecordRepository extends JpaRepository<RaceRecord, Long> {

    // written out: Hibernate keeps the plan of a query string; a derived query is built again at every call
    @Query("select r from RaceRecord r where r.township.id = ?1 and r.race = ?2 and r.finished = true order by r.id")
    List<RaceRecord> findByTownshipIdAndRaceAndFinishedTrueOrderById(Long townshipId, String race);

    List<RaceRecord> findByTownshipIdOrderById(Long townshipId);

    /** Every counted ballot of a campaign's townships at once (the county's summary). */
    List<RaceRecord> findByTownshipCampaignIdOrderById(Long campaignId);

    List<RaceRecord> findByTownshipProcessInstanceIdOrderById(String processInstanceId);

    /** V11: every counted ballot of a village, oldest first. */
    List<RaceRecord> findByVillageIdOrderById(Long villageId);
}
