package cn.county.reelection.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SentDocumentRepository extends JpaRepository<SentDocument, Long> {

    // written out: Hibernate keeps the plan of a query string; a derived query is built again at every call
    // A list, not an Optional, for a lookup that often finds nothing: Spring Data answers "none" of a single-result
    // query by catching Hibernate's NoResultException, whose stack trace costs more than the query itself.
    @Query("select d from SentDocument d where d.township.id = ?1 and d.kind = ?2 order by d.version desc limit 1")
    List<SentDocument> latestAsList(Long townshipId, DocumentKind kind);

    /** The township's latest version of the document of {@code kind}, if one was sent. */
    default Optional<SentDocument> latest(Long townshipId, DocumentKind kind) {
        return latestAsList(townshipId, kind).stream().findFirst();
    }

    @Query("select d from SentDocument d where d.township.id = ?1 and d.kind = ?2 and d.version = ?3")
    Optional<SentDocument> findByTownshipIdAndKindAndVersion(Long townshipId, DocumentKind kind, int version);
}
