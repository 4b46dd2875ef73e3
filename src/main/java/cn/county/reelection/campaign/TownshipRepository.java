package cn.county.reelection.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TownshipRepository extends JpaRepository<Township, Long> {

    Optional<Township> findByBusinessKey(String businessKey);

    // written out, so that the query is parsed once (a derived query is built again at every call); its SQL is still
    // made at each call, as it depends on the list's length
    @Query("select u from Township u where u.businessKey in ?1")
    List<Township> findByBusinessKeyIn(Collection<String> businessKeys);

    List<Township> findByCampaignIdOrderById(Long campaignId);
}
