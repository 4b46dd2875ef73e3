package cn.county.reelection.documents;

import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the documents a township sends to the county (T2, T4, T9; R11, R15). Sending one registers it: its
 * number taken in the order the documents are sent, what the secretary wrote kept with it. It is built (Apache POI)
 * when someone first opens it, and kept; a version the county returns unopened is built on its return, before the
 * township changes what it was written from.
 */
@Service
public class SentDocuments {

    private final SentDocumentRepository sent;
    private final DocumentService documents;
    private final DocumentNumbers numbers;
    private final TownshipRepository townships;
    private final Clock clock;

    public SentDocuments(
            SentDocumentRepository sent,
            DocumentService documents,
            DocumentNumbers numbers,
            TownshipRepository townships,
            Clock clock) {
        this.sent = sent;
        this.documents = documents;
        this.numbers = numbers;
        this.townships = townships;
        this.clock = clock;
    }

    /** Registers the next version of the township's document of {@code kind}, sent now; refuses parts R15 cannot print. */
    @Transactional
    public SentDocument register(long townshipId, DocumentKind kind, WrittenParts written) {
        written.checked();
        Instant now = clock.instant();
        numbers.numberOf(
                townshipId, kind, LocalDate.ofInstant(now, clock.getZone()).getYear());
        Township township = townships.findById(townshipId).orElseThrow();
        int version = 1 + latest(townshipId, kind).map(SentDocument::getVersion).orElse(0);
        return sent.save(new SentDocument(township, kind, version, kind.fileName(township.getName()), written, now));
    }

    /** The document's content: built and kept the first time it is asked for, as it was sent. */
    @Transactional
    public byte[] content(SentDocument document) {
        if (!document.isBuilt()) {
            document.built(documents.build(
                    document.getKind(),
                    document.getTownship().getId(),
                    document.written(),
                    LocalDate.ofInstant(document.getSentAt(), clock.getZone())));
            sent.save(document);
        }
        return document.getContent();
    }

    /** Builds the latest version of {@code kind} if nobody has opened it yet. */
    @Transactional
    public void keepLatest(long townshipId, DocumentKind kind) {
        latest(townshipId, kind).ifPresent(this::content);
    }

    @Transactional(readOnly = true)
    public Optional<SentDocument> latest(long townshipId, DocumentKind kind) {
        return sent.latest(townshipId, kind);
    }

    @Transactional(readOnly = true)
    public Optional<SentDocument> version(long townshipId, DocumentKind kind, int version) {
        return sent.findByTownshipIdAndKindAndVersion(townshipId, kind, version);
    }
}
