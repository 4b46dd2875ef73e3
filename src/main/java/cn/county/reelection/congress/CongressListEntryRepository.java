package cn.county.reelection.congress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CongressListEntryRepository extends JpaRepository<CongressListEntry, Long> {

    List<CongressListEntry> findByTownshipIdAndKindOrderByPosition(long townshipId, CongressListEntry.Kind kind);

    @Modifying
    @Query("delete from CongressListEntry e where e.township.id = ?1 and e.kind = ?2")
    int deleteList(long townshipId, CongressListEntry.Kind kind);
}
