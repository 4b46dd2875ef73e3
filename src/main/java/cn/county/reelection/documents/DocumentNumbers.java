package cn.county.reelection.documents;

import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** R15: gives each township document its 发文字号 once, numbered per township and year. */
@Service
public class DocumentNumbers {

    private final DocumentNumberRepository numbers;
    private final TownshipRepository townships;

    public DocumentNumbers(DocumentNumberRepository numbers, TownshipRepository townships) {
        this.numbers = numbers;
        this.townships = townships;
    }

    /**
     * The number of the township's document of {@code kind}: the one it was given before, or the next of
     * {@code year}. Joins the caller's transaction, so a document that is not written keeps no number; two
     * documents numbered at once collide on the unique sequence and one of them is retried by its caller.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public DocumentNumber numberOf(long townshipId, DocumentKind kind, int year) {
        return numbers.numberOf(townshipId, kind).orElseGet(() -> {
            Township township = townships.getReferenceById(townshipId);
            return numbers.saveAndFlush(
                    new DocumentNumber(township, kind, year, numbers.lastNumber(townshipId, year) + 1));
        });
    }

    /**
     * The number the document has, or the one it would get if it were sent now, without keeping it: a preview
     * takes no number from the sequence.
     */
    @Transactional(readOnly = true)
    public DocumentNumber peek(long townshipId, DocumentKind kind, int year) {
        return numbers.numberOf(townshipId, kind)
                .orElseGet(() -> new DocumentNumber(null, kind, year, numbers.lastNumber(townshipId, year) + 1));
    }

    /** "羊党请〔2026〕1号": the organ's short name (the township's first character), 党, the kind's word, year, number. */
    public static String format(Township township, DocumentNumber number) {
        return township.getName().substring(0, 1) + "党" + number.getKind().numberWord() + "〔" + number.getYear() + "〕"
                + number.getNumber() + "号";
    }
}
