package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Step;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StepProgressRepository extends JpaRepository<StepProgress, Long> {

    Optional<StepProgress> findByTownshipIdAndStep(Long townshipId, Step step);

    List<StepProgress> findByTownshipIdIn(Collection<Long> townshipIds);
}
