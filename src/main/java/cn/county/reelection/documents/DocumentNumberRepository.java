package cn.county.reelection.documents;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentNumberRepository extends JpaRepository<DocumentNumber, Long> {

    // written out: Hibernate keeps the plan of a query string; a derived query is built again at every call
    @Query("select n from DocumentNumber n where n.township.id = ?1 and n.kind = ?2")
    Optional<DocumentNumber> findByTownshipIdAndKind(Long townshipId, DocumentKind kind);

    @Query("select coalesce(max(n.number), 0) from DocumentNumber n where n.township.id = ?1 and n.year = ?2")
    int lastNumber(Long townshipId, int year);
}
