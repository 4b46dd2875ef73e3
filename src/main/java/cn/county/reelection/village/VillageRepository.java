package cn.county.reelection.village;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VillageRepository extends JpaRepository<Village, Long> {

    Optional<Village> findByBusinessKey(String businessKey);

    // written out: Hibernate keeps the plan of a query string; a derived query is built again at every call
    @Query("select u from Village u where u.businessKey in ?1")
    List<Village> findByBusinessKeyIn(Collection<String> businessKeys);
}
