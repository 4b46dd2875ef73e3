package cn.county.reelection.documents;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SentDocumentRepository extends JpaRepository<SentDocument, Long> {

    Optional<SentDocument> findFirstByTownshipIdAndKindOrderByVersionDesc(Long townshipId, DocumentKind kind);

    Optional<SentDocument> findByTownshipIdAndKindAndVersion(Long townshipId, DocumentKind kind, int version);
}
