package cn.county.reelection.terms;

import cn.county.reelection.calendar.CampaignCalendars;
import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.campaign.Groups;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.township.CampaignRequest;
import cn.county.reelection.township.CampaignRequest.OrganisationRequest;
import cn.county.reelection.township.CampaignRequest.TownshipRequest;
import cn.county.reelection.village.Village;
import cn.county.reelection.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The term register (DOMAIN.md R1, T1 term, V10): each body's current term, from its election day to
 * {@value Term#YEARS} years later; the county is warned {@value #WARN_MONTHS} months before a term ends, and
 * can start the next campaign from the township terms that end.
 */
@Service
@Transactional
public class TermRegister {

    /** T1 term (choice): the county is warned this many months before a term ends. */
    public static final int WARN_MONTHS = 6;

    /** The deadlines a campaign request names; the others follow from them (as the demo's request). */
    private static final Set<Step> REQUESTED = EnumSet.of(Step.T1, Step.T2, Step.T3, Step.T4, Step.T7, Step.T9);

    private static final Comparator<Term> ORDER = Comparator.comparing(Term::getTermEnd)
            .thenComparing(Term::getBody)
            .thenComparing(Term::getTownshipCode)
            .thenComparing(Term::getUnitCode);

    private final TermRepository terms;
    private final Clock clock;
    private final ApiAccess access;
    private final CampaignRepository campaigns;
    private final Deadlines deadlines;
    private final CampaignCalendars calendars;

    public TermRegister(
            TermRepository terms,
            Clock clock,
            ApiAccess access,
            CampaignRepository campaigns,
            Deadlines deadlines,
            CampaignCalendars calendars) {
        this.terms = terms;
        this.clock = clock;
        this.access = access;
        this.campaigns = campaigns;
        this.deadlines = deadlines;
        this.calendars = calendars;
    }

    /** T7 done: the township's new committee serves from its congress day. */
    public Term townshipElected(Township township, LocalDate electionDay, String source) {
        Campaign campaign = township.getCampaign();
        return record(
                TermBody.TOWNSHIP_COMMITTEE,
                campaign.getCountyCode(),
                campaign.getCounty(),
                township.getCode(),
                township.getName(),
                township.getCode(),
                township.getName(),
                electionDay,
                source);
    }

    /** V10: a village's committee or branch elected on {@code electionDay}. */
    public Term villageElected(Village village, TermBody body, LocalDate electionDay, String source) {
        var campaign = village.getCampaign();
        return record(
                body,
                campaign.getCountyCode(),
                null,
                campaign.getTownshipCode(),
                campaign.getTownshipName(),
                village.getCode(),
                village.getName(),
                electionDay,
                source);
    }

    /** Records a body's term, replacing its previous one: the register keeps the current term. */
    public Term record(
            TermBody body,
            String countyCode,
            String county,
            String townshipCode,
            String townshipName,
            String unitCode,
            String unitName,
            LocalDate electionDay,
            String source) {
        Term term = terms.findByCountyCodeAndBodyAndUnitCode(countyCode, body, unitCode)
                .orElseGet(() -> new Term(body, countyCode, townshipCode, unitCode));
        term.elected(county, townshipName, unitName, electionDay, source, clock.instant());
        return terms.save(term);
    }

    /** T1 term: ending within {@value #WARN_MONTHS} months of today, the boundary day included, or already ended. */
    public static boolean endingSoon(LocalDate termEnd, LocalDate today) {
        return !termEnd.isAfter(today.plusMonths(WARN_MONTHS));
    }

    /** The county (or an administrator) sees its county's terms, a township secretary the township's own; others are refused. */
    @Transactional(readOnly = true)
    public List<TermView> listForCurrentUser() {
        requireCountyOrSecretary();
        LocalDate today = LocalDate.now(clock);
        return terms.findAll().stream()
                .filter(this::visible)
                .sorted(ORDER)
                .map(t -> view(t, today))
                .toList();
    }

    /**
     * A campaign request for {@code year} prefilled with the county's townships whose committee's term ends by the
     * end of that year (or has ended), with their organisations as the county's latest campaign had them and the seed's
     * default deadlines; the county reviews it and posts it to {@code /api/campaigns}.
     */
    @Transactional(readOnly = true)
    public CampaignRequest campaignDraft(Integer year, String countyCode) {
        if (year == null || year < 2000 || year > 2100) {
            throw ApiException.badRequest("R1", "year", "年份必须填写，且在2000到2100之间");
        }
        String county = countyCode == null || countyCode.isBlank() ? onlyCounty() : countyCode.strip();
        access.requireCounty(county);
        List<Term> ending = terms.findAll().stream()
                .filter(t -> t.getBody() == TermBody.TOWNSHIP_COMMITTEE
                        && t.getCountyCode().equals(county))
                .filter(t -> t.getTermEnd().getYear() <= year)
                .sorted(Comparator.comparing(Term::getTownshipCode))
                .toList();
        if (ending.isEmpty()) {
            throw ApiException.badRequest("R1", "year", "本县没有任期在%d年底前届满的乡镇党委".formatted(year));
        }
        List<Campaign> latestFirst = campaigns.findAll().stream()
                .filter(c -> c.getCountyCode().equals(county))
                .sorted(Comparator.comparing(Campaign::getYear)
                        .thenComparing(Campaign::getId)
                        .reversed())
                .toList();
        List<TownshipRequest> townships = ending.stream()
                .map(t -> new TownshipRequest(
                        t.getTownshipCode(), t.getTownshipName(), organisations(latestFirst, t.getTownshipCode())))
                .toList();
        String countyName = ending.stream()
                .map(Term::getCounty)
                .filter(Objects::nonNull)
                .findFirst()
                .or(() -> latestFirst.stream().map(Campaign::getCounty).findFirst())
                .orElse(county);
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        deadlines.complete(year, Map.of(), calendars.base()).forEach((step, day) -> {
            if (REQUESTED.contains(step)) {
                dates.put(step.name(), day);
            }
        });
        return new CampaignRequest(countyName, county, year, dates, townships);
    }

    /** The organisations of the township in the county's latest campaign that had it; none if no campaign had it. */
    private static List<OrganisationRequest> organisations(List<Campaign> latestFirst, String townshipCode) {
        return latestFirst.stream()
                .flatMap(c -> c.getTownships().stream())
                .filter(t -> t.getCode().equals(townshipCode))
                .findFirst()
                .map(t -> t.getOrganisations().stream()
                        .map(o -> new OrganisationRequest(o.getCode(), o.getName(), o.getMembers()))
                        .toList())
                .orElse(List.of());
    }

    /** The one county the caller answers for, when the request does not name it. */
    private String onlyCounty() {
        List<String> mine = terms.findAll().stream()
                .map(Term::getCountyCode)
                .distinct()
                .filter(access::isCounty)
                .toList();
        if (mine.size() != 1) {
            Optional<String> any = mine.stream().findFirst();
            if (any.isEmpty()) {
                throw ApiAccess.forbidden("只有县委组织部或管理员可以从届满的任期起草换届");
            }
            throw ApiException.badRequest("R1", "countyCode", "请写明县代码：可见的任期属于%d个县".formatted(mine.size()));
        }
        return mine.get(0);
    }

    private boolean visible(Term term) {
        return access.isCounty(term.getCountyCode())
                || access.groups().contains(Groups.townshipSecretary(term.getTownshipCode()));
    }

    private void requireCountyOrSecretary() {
        String county = Groups.county("");
        String secretary = Groups.townshipSecretary("");
        boolean allowed = access.isCounty("")
                || access.groups().stream().anyMatch(g -> g.startsWith(county) || g.startsWith(secretary));
        if (!allowed) {
            throw ApiAccess.forbidden("只有县委组织部、乡镇党委书记或管理员可以查看任期");
        }
    }

    static TermView view(Term t, LocalDate today) {
        return new TermView(
                t.getBody(),
                t.getBody().label(),
                t.getCountyCode(),
                t.getCounty(),
                t.getTownshipCode(),
                t.getTownshipName(),
                t.getUnitCode(),
                t.getUnitName(),
                t.getTermStart(),
                t.getTermEnd(),
                endingSoon(t.getTermEnd(), today),
                t.getTermEnd().isBefore(today),
                t.getSource());
    }
}
