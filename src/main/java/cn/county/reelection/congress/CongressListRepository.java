package cn.county.reelection.congress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CongressListRepository extends JpaRepository<CongressList, Long> {

    @Query("select l from CongressList l where l.township.id = ?1 and l.kind = ?2")
    List<CongressList> findAsList(long townshipId, CongressList.Kind kind);

    /** The township's list of {@code kind}, if it was recorded (a list, not a caught NoResultException, when not). */
    default Optional<CongressList> find(long townshipId, CongressList.Kind kind) {
        return findAsList(townshipId, kind).stream().findFirst();
    }

    @Modifying
    @Query("delete from CongressList l where l.township.id = ?1 and l.kind = ?2")
    int deleteList(long townshipId, CongressList.Kind kind);
}
