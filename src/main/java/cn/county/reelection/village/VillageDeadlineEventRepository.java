package cn.county.reelection.village;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VillageDeadlineEventRepository extends JpaRepository<VillageDeadlineEvent, Long> {

    List<VillageDeadlineEvent> findByVillageIdOrderByOccurredAt(Long villageId);
}
