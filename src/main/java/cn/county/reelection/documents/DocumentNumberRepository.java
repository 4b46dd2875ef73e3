package cn.county.reelection.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentNumberRepository extends JpaRepository<DocumentNumber, Long> {

    // written out: Hibernate keeps the plan of a query string; a derived query is built again at every call
    // A list, not an Optional, for a lookup that often finds nothing: Spring Data answers "none" of a single-result
    // query by catching Hibernate's NoResultException, whose stack trace costs more than the query itself.
    @Query("select n from DocumentNumber n where n.township.id = ?1 and n.kind = ?2")
    List<DocumentNumber> findAllByTownshipIdAndKind(Long townshipId, DocumentKind kind);

    /** The number given to the township's document of {@code kind}, if it has one (one per township and kind). */
    default Optional<DocumentNumber> numberOf(Long townshipId, DocumentKind kind) {
        return findAllByTownshipIdAndKind(townshipId, kind).stream().findFirst();
    }

    @Query("select coalesce(max(n.number), 0) from DocumentNumber n where n.township.id = ?1 and n.year = ?2")
    int lastNumber(Long townshipId, int year);
}
