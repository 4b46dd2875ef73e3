package cn.county.reelection.vetting;

import java.time.Instant;

/** T4: one uploaded file of a nominee's materials, as listed (without its content). */
public record MaterialEntry(
        long id,
        String nominee,
        NomineeMaterial.Kind kind,
        String filename,
        String contentType,
        long size,
        String uploadedBy,
        Instant uploadedAt) {

    public String kindLabel() {
        return kind.label();
    }
}
