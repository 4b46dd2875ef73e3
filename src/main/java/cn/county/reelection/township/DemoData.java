package cn.county.reelection.township;

import cn.county.reelection.calendar.CampaignCalendars;
import cn.county.reelection.calendar.WorkingCalendar;
import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.security.AccessService;
import cn.county.reelection.township.CampaignRequest.OrganisationRequest;
import cn.county.reelection.township.CampaignRequest.TownshipRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo (default profile): one county with three townships and their organisations, and a
 * account for every role of DOMAIN.md (password {@value #PASSWORD}), created once on an empty database.
 */
@Component
@ConditionalOnProperty(name = "reelection.demo.enabled", havingValue = "true")
public class DemoData {

    static final String PASSWORD = "demo";
    static final String COUNTY_CODE = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CampaignService campaigns;
    private final CampaignRepository repository;
    private final IdentityService identity;
    private final Clock clock;
    private final CampaignCalendars calendars;
    private final AccessService access;
    private final TransactionTemplate transactions;

    public DemoData(
            CampaignService campaigns,
            CampaignRepository repository,
            IdentityService identity,
            Clock clock,
            CampaignCalendars calendars,
            AccessService access,
            PlatformTransactionManager transactionManager) {
        this.calendars = calendars;
        this.access = access;
        this.transactions = new TransactionTemplate(transactionManager);
        this.campaigns = campaigns;
        this.repository = repository;
        this.identity = identity;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE) // before operations/HeapRelease collects the start's garbage
    public void load() {
        if (repository.count() > 0) {
            // a file database keeps the demo between restarts; one from an older version lacks the diagram right
            transactions.executeWithoutResult(status -> repository.findAll().forEach(access::grantDiagrams));
            return;
        }
        CampaignCreated created = campaigns.start(request(LocalDate.now(clock), calendars.base()), "admin");
        // the demo's accounts get a known password instead of their one-time ones (README)
        for (var account : created.accounts()) {
            User user = identity.createUserQuery().userId(account.userId()).singleResult();
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        log.info(
                "Demo campaign {} started for {} with {} townships and {} accounts",
                created.id(),
                created.county(),
                created.townships().size(),
                created.accounts().size());
    }

    /**
     * Deadlines follow today so that the demo's timers lie ahead of whoever starts it, counted in
     * working days: T1 in 3, T2 in 5, T3 and T4 in 12, the congress T7 in 19, T9 in 21.
     */
    public static CampaignRequest request(LocalDate today, WorkingCalendar calendar) {
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        deadlines.put("T1", calendar.addWorkingDays(today, 3));
        deadlines.put("T2", calendar.addWorkingDays(today, 5));
        deadlines.put("T3", calendar.addWorkingDays(today, 12));
        deadlines.put("T4", calendar.addWorkingDays(today, 12));
        deadlines.put("T7", calendar.addWorkingDays(today, 19));
        deadlines.put("T9", calendar.addWorkingDays(today, 21));
        List<TownshipRequest> townships = new ArrayList<>();
        townships.add(township(
                "TS01", "羊岑乡", new String[] {"机关支部", "羊岑村支部", "新华村支部", "中心完小支部", "卫生院支部"}, new int[] {42, 68, 55, 18, 12
                }));
        townships.add(
                township("TS02", "石鼓镇", new String[] {"机关支部", "石鼓社区支部", "大同村支部", "农林站支部"}, new int[] {51, 83, 47, 9}));
        townships.add(
                township("TS03", "金江镇", new String[] {"机关支部", "金江村支部", "车轴村支部", "兴文村支部", "中学支部", "企业联合支部"}, new int[] {
                    38, 61, 44, 52, 21, 15
                }));
        return new CampaignRequest("示例县", COUNTY_CODE, deadlines.get("T2").getYear(), deadlines, townships);
    }

    private static TownshipRequest township(String code, String name, String[] organisations, int[] members) {
        List<OrganisationRequest> list = new ArrayList<>();
        for (int i = 0; i < organisations.length; i++) {
            list.add(new OrganisationRequest("%s-B%02d".formatted(code, i + 1), organisations[i], members[i]));
        }
        return new TownshipRequest(code, name, list);
    }
}
