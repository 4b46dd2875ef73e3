package cn.county.reelection.congress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ElectionMethodRaceRepository extends JpaRepository<ElectionMethodRace, Long> {

    // written out: Hibernate keeps the plan of a query string; a derived query is built again at every call
    @Query("select m from ElectionMethodRace m where m.township.id = ?1 order by m.position")
    List<ElectionMethodRace> findByTownshipIdOrderByPosition(long townshipId);

    @Modifying
    @Query("delete from ElectionMethodRace r where r.township.id = ?1")
    int deleteByTownship(long townshipId);
}
