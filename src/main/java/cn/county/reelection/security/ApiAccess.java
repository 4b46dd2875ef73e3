package cn.county.reelection.security;

import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.Groups;
import cn.county.reelection.campaign.Organisation;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.web.ApiException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The project API's rights, the same as the engine's: the county sees its county, a township itself. */
@Component
public class ApiAccess {

    private static final String ADMIN = CAMUNDA_ADMIN;

    /** The caller's user id (HTTP basic or the webapp session), or null. */
    public String userId() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                        || !authentication.isAuthenticated()
                        || authentication instanceof AnonymousAuthenticationToken
                ? null
                : authentication.getName();
    }

    public Set<String> groups() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }

    public boolean isCounty(String countyCode) {
        Set<String> groups = groups();
        return groups.contains(ADMIN) || groups.contains(Groups.county(countyCode));
    }

    /** Starting a campaign is the county's (or an administrator's) act. */
    public void requireCounty(String countyCode) {
        if (!isCounty(countyCode)) {
            throw forbidden("只有县委组织部或管理员可以启动本县的换届");
        }
    }

    /** May the current user see this township's rows, history and documents? */
    public boolean canSee(Campaign campaign, Township township) {
        if (isCounty(campaign.getCountyCode())) {
            return true;
        }
        Set<String> groups = groups();
        if (groups.contains(Groups.townshipSecretary(township.getCode()))
                || groups.contains(Groups.townshipOffice(township.getCode()))
                || groups.contains(Groups.reviewGroup(township.getCode()))) {
            return true;
        }
        return township.getOrganisations().stream()
                .map(Organisation::getCode)
                .map(Groups::branch)
                .anyMatch(groups::contains);
    }

    public void requireSee(Campaign campaign, Township township) {
        if (!canSee(campaign, township)) {
            throw forbidden("无权查看%s的换届信息".formatted(township.getName()));
        }
    }

    /** The township's own people (or the county above it) guide its villages' re-election (V1–V9). */
    public boolean isTownship(String countyCode, String townshipCode) {
        return isCounty(countyCode) || groups().contains(Groups.townshipSecretary(townshipCode));
    }

    /** May the current user see (and, through the API, work on) this village's re-election? */
    public boolean canSeeVillage(String countyCode, String townshipCode, String villageCode) {
        return isTownship(countyCode, townshipCode) || groups().contains(Groups.village(villageCode));
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, "R11", null, message);
    }
}
