package cn.county.reelection.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByTownshipIdOrderById(Long townshipId);

    List<Decision> findByTownshipProcessInstanceIdOrderById(String processInstanceId);

    /** V11: a village's decisions, oldest first. */
    List<Decision> findByVillageIdOrderById(Long villageId);
}
