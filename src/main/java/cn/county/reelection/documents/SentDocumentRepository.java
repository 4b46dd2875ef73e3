package cn.county.reelection.documents;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SentDocumentRepository extends JpaRepository<SentDocument, Long> {

    // written out: Hibernate keeps the plan of a query string; a derived query is built again at every call
    @Query("select d from SentDocument d where d.township.id = ?1 and d.kind = ?2 order by d.version desc limit 1")
    Optional<SentDocument> findFirstByTownshipIdAndKindOrderByVersionDesc(Long townshipId, DocumentKind kind);

    @Query("select d from SentDocument d where d.township.id = ?1 and d.kind = ?2 and d.version = ?3")
    Optional<SentDocument> findByTownshipIdAndKindAndVersion(Long townshipId, DocumentKind kind, int version);
}
