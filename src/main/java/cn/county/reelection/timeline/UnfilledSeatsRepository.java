package cn.county.reelection.timeline;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnfilledSeatsRepository extends JpaRepository<UnfilledSeats, Long> {

    List<UnfilledSeats> findByTownshipIdInAndResolvedAtIsNull(Collection<Long> townshipIds);

    List<UnfilledSeats> findByTownshipIdInOrderByReportedAt(Collection<Long> townshipIds);

    List<UnfilledSeats> findByTownshipIdOrderByReportedAt(Long townshipId);

    List<UnfilledSeats> findByTownshipIdAndStepAndResolvedAtIsNull(Long townshipId, String step);

    List<UnfilledSeats> findByVillageIdInAndResolvedAtIsNull(Collection<Long> villageIds);

    List<UnfilledSeats> findByVillageIdAndStepAndResolvedAtIsNull(Long villageId, String step);
}
