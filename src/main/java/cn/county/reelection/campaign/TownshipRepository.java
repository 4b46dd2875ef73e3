package cn.county.reelection.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TownshipRepository extends JpaRepository<Township, Long> {

    Optional<Township> findByBusinessKey(String businessKey);

    List<Township> findByBusinessKeyIn(Collection<String> businessKeys);

    List<Township> findByCampaignIdOrderById(Long campaignId);
}
