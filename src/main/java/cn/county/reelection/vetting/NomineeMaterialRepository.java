package cn.county.reelection.vetting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NomineeMaterialRepository extends JpaRepository<NomineeMaterial, Long> {

    /** The township's materials without their content: a listing never reads the files. */
    @Query(
            "select new cn.county.reelection.vetting.MaterialEntry(m.id, m.nominee, m.kind, m.filename, m.contentType, m.size,"
                    + " m.uploadedBy, m.uploadedAt) from NomineeMaterial m where m.township.id = ?1 order by m.id")
    List<MaterialEntry> listed(long townshipId);

    @Modifying
    @Query("delete from NomineeMaterial m where m.township.id = ?1 and m.nominee = ?2 and m.kind = ?3")
    int deleteNomineesKind(long townshipId, String nominee, NomineeMaterial.Kind kind);

    Optional<NomineeMaterial> findByIdAndTownshipId(long id, long townshipId);
}
