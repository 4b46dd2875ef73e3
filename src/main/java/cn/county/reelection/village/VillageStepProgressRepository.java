package cn.county.reelection.village;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VillageStepProgressRepository extends JpaRepository<VillageStepProgress, Long> {

    // written out: Hibernate keeps the plan of a query string; a derived query is built again at every call
    @Query("select p from VillageStepProgress p where p.village.id = ?1 and p.step = ?2")
    Optional<VillageStepProgress> findByVillageIdAndStep(Long villageId, VillageStep step);

    // one village's rows by equality, not as a list of one (as StepProgressRepository#findByTownshipId)
    @Query("select p from VillageStepProgress p where p.village.id = ?1")
    List<VillageStepProgress> findByVillageId(long villageId);

    @Query("select p from VillageStepProgress p where p.village.id in ?1")
    List<VillageStepProgress> findByVillageIdIn(Collection<Long> villageIds);
}
