package cn.county.reelection.congress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RaceRecordRepository extends JpaRepository<RaceRecord, Long> {

  List<RaceRecord> findByTownshipIdAndRaceAndFinishedTrueOrderById(Long townshipId, String race);

  List<RaceRecord> findByTownshipIdOrderById(Long townshipId);

  List<RaceRecord> findByTownshipProcessInstanceIdOrderById(String processInstanceId);
}
