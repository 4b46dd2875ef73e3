package cn.county.reelection.village;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VillageRepository extends JpaRepository<Village, Long> {

    Optional<Village> findByBusinessKey(String businessKey);

    List<Village> findByBusinessKeyIn(Collection<String> businessKeys);
}
