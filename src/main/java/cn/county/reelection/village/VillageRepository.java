package cn.county.reelection.village;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VillageRepository extends JpaRepository<Village, Long> {

    Optional<Village> findByBusinessKey(String businessKey);

    // written out, so that the query is parsed once (a derived query is built again at every call); its SQL is still
    // made at each call, as it depends on the list's length
    @Query("select u from Village u where u.businessKey in ?1")
    List<Village> findByBusinessKeyIn(Collection<String> businessKeys);
}
