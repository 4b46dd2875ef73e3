package cn.county.reelection.terms;

import cn.county.reelection.calendar.CampaignCalendars;
import cn.county.reelection.township.CampaignRequest;
import cn.county.reelection.township.DemoData;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's outgoing committees (default profile): their terms, elected five years ago, end in the
 * coming months, so the register and its warning show something on first start. Ends follow today, as the demo's
 * deadlines do: two within the warning window, the third after it.
 */
@Component
@ConditionalOnProperty(name = "reelection.demo.enabled", havingValue = "true")
public class DemoTerms {

    /** Months from today to each demo township's term end, in the demo request's order. */
    static final int[] MONTHS_TO_END = {2, 5, 10};

    private final TermRepository terms;
    private final TermRegister register;
    private final Clock clock;
    private final CampaignCalendars calendars;

    public DemoTerms(TermRepository terms, TermRegister register, Clock clock, CampaignCalendars calendars) {
        this.terms = terms;
        this.register = register;
        this.clock = clock;
        this.calendars = calendars;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE) // before operations/HeapRelease collects the start's garbage
    public void load() {
        if (terms.count() > 0) {
            return;
        }
        seed(LocalDate.now(clock));
    }

    void seed(LocalDate today) {
        CampaignRequest demo = DemoData.request(today, calendars.base());
        for (int i = 0; i < demo.townships().size(); i++) {
            var township = demo.townships().get(i);
            LocalDate end = today.plusMonths(MONTHS_TO_END[i % MONTHS_TO_END.length]);
            register.record(
                    TermBody.TOWNSHIP_COMMITTEE,
                    demo.countyCode(),
                    demo.county(),
                    township.code(),
                    township.name(),
                    township.code(),
                    township.name(),
                    end.minusYears(Term.YEARS),
                    "DEMO");
        }
    }
}
