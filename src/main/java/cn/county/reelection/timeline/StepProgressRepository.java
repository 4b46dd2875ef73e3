package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Step;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StepProgressRepository extends JpaRepository<StepProgress, Long> {

    // written out: Hibernate keeps the plan of a query string; a derived query is built again at every call
    @Query("select p from StepProgress p where p.township.id = ?1 and p.step = ?2")
    Optional<StepProgress> findByTownshipIdAndStep(Long townshipId, Step step);

    // one township's rows by equality, not as a list of one: Hibernate translates a query with a list parameter
    // again at every call, since the SQL depends on the list's length
    @Query("select p from StepProgress p where p.township.id = ?1")
    List<StepProgress> findByTownshipId(long townshipId);

    @Query("select p from StepProgress p where p.township.id in ?1")
    List<StepProgress> findByTownshipIdIn(Collection<Long> townshipIds);
}
