package cn.county.reelection.village;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VillageStepProgressRepository extends JpaRepository<VillageStepProgress, Long> {

    Optional<VillageStepProgress> findByVillageIdAndStep(Long villageId, VillageStep step);

    List<VillageStepProgress> findByVillageIdIn(Collection<Long> villageIds);
}
