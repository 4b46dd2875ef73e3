package cn.county.reelection.security;

import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.Groups;
import cn.county.reelection.campaign.Organisation;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.process.AsEngine;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Who may see and do what, in Camunda's own identity and authorization tables, so that the
 * isolation holds in Tasklist, Cockpit and both REST APIs (DOMAIN.md "Who takes part").
 *
 * <p>Tasks are reached through their candidate groups (the engine grants each candidate group
 * the task). A township's secretary, office and review group may read its process instance and its
 * history; the county group reads every instance of its campaign; a branch secretary reads only its
 * own tasks (and the variables those tasks see).
 */
@Service
public class AccessService {

    /** An account created for a role, with its one-time password (shown once). */
    public record Account(String userId, String password, String group, String role) {}

    static final String TASKLIST = "tasklist";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    public AccessService(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    /**
     * Groups and accounts of a campaign's roles; returns the accounts created now, with passwords. The county's
     * right to start its townships' instances is ensured at its first campaign (or when its group is created now);
     * at a later one the county keeps the rights its administrators have left it.
     */
    public List<Account> provision(Campaign campaign, boolean countysFirstCampaign) {
        // identity and authorization writes are an administrator's; the caller's right was checked by ApiAccess
        return AsEngine.call(identity, () -> provisionRoles(campaign, countysFirstCampaign));
    }

    private List<Account> provisionRoles(Campaign campaign, boolean countysFirstCampaign) {
        List<Account> created = new ArrayList<>();
        String county = Groups.county(campaign.getCountyCode());
        String process = Campaign.PROCESS_KEY;
        boolean countyGroupCreated = role(county, "县委组织部", countyUser(campaign.getCountyCode()), process, created);
        if (countysFirstCampaign || countyGroupCreated) {
            // the county starts its townships' instances itself (history keeps who started them). Not looked up
            // at every campaign: the county's group holds a grant per instance, and the lookup reads them all.
            grant(county, Resources.PROCESS_DEFINITION, Campaign.PROCESS_KEY, Permissions.CREATE_INSTANCE);
            grant(county, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        }
        for (Township t : campaign.getTownships()) {
            String user = t.getCode().toLowerCase();
            role(Groups.townshipSecretary(t.getCode()), t.getName() + "党委书记", user, process, created);
            role(Groups.townshipOffice(t.getCode()), t.getName() + "党委办公室", user + "-office", process, created);
            role(Groups.reviewGroup(t.getCode()), t.getName() + "代表资格审查小组", user + "-review", process, created);
            for (Organisation o : t.getOrganisations()) {
                role(
                        Groups.branch(o.getCode()),
                        t.getName() + o.getName() + "支部书记",
                        o.getCode().toLowerCase(),
                        process,
                        created);
            }
        }
        return created;
    }

    /**
     * Village campaigns (V1–V9): the township guides ({@code township-<code>}, which starts the villages'
     * instances) and each village runs its own ({@code village-<code>}). Answers the accounts created now.
     *
     * @param villages code → name of each village or community
     */
    public List<Account> provisionVillages(
            String countyCode,
            String townshipCode,
            String townshipName,
            Map<String, String> villages,
            String processKey) {
        return AsEngine.call(identity, () -> {
            List<Account> created = new ArrayList<>();
            String township = Groups.townshipSecretary(townshipCode);
            role(township, townshipName + "党委书记", townshipCode.toLowerCase(), processKey, created);
            for (String group : List.of(township, Groups.county(countyCode))) {
                grant(group, Resources.PROCESS_DEFINITION, processKey, Permissions.CREATE_INSTANCE);
                grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
                diagram(group, processKey);
            }
            villages.forEach(
                    (code, name) -> role(Groups.village(code), name + "两委", code.toLowerCase(), processKey, created));
            return created;
        });
    }

    /** Read rights on one village's instance and its history for the village, its township and the county. */
    public void grantVillageInstance(
            String countyCode, String townshipCode, String villageCode, String processInstanceId) {
        AsEngine.run(identity, () -> {
            for (String group : List.of(
                    Groups.village(villageCode), Groups.townshipSecretary(townshipCode), Groups.county(countyCode))) {
                // the instance was started a moment ago: no grant on it exists yet
                newGrant(group, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
                newGrant(
                        group,
                        Resources.HISTORIC_PROCESS_INSTANCE,
                        processInstanceId,
                        HistoricProcessInstancePermissions.READ);
            }
        });
    }

    /** Read rights on one township's instance and its history for the township and the county. */
    public void grantInstance(Campaign campaign, Township township, String processInstanceId) {
        AsEngine.run(identity, () -> grantInstanceRead(campaign, township, processInstanceId));
    }

    private void grantInstanceRead(Campaign campaign, Township township, String processInstanceId) {
        for (String group : List.of(
                Groups.townshipSecretary(township.getCode()),
                Groups.townshipOffice(township.getCode()),
                Groups.reviewGroup(township.getCode()),
                Groups.county(campaign.getCountyCode()))) {
            // the instance was started a moment ago: no grant on it exists yet
            newGrant(group, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
            newGrant(
                    group,
                    Resources.HISTORIC_PROCESS_INSTANCE,
                    processInstanceId,
                    HistoricProcessInstancePermissions.READ);
        }
    }

    public static String countyUser(String countyCode) {
        return "county-" + countyCode.toLowerCase();
    }

    /**
     * A role's group, when missing, with its rights (Tasklist, and the diagram of the process it works in), and
     * its account, when missing. A group that exists already keeps the rights it has (a county may set up its
     * people beforehand in Camunda Admin). Answers whether the group was created now.
     */
    private boolean role(String groupId, String groupName, String userId, String processKey, List<Account> created) {
        boolean newGroup = identity.createGroupQuery().groupId(groupId).count() == 0;
        if (newGroup) {
            Group group = identity.newGroup(groupId);
            group.setName(groupName);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
            // a group created now has no grants yet: nothing to look up
            newGrant(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            newGrant(groupId, Resources.FILTER, Authorization.ANY, Permissions.READ);
            newGrant(groupId, Resources.PROCESS_DEFINITION, processKey, Permissions.READ); // as diagram() gives it
        }
        boolean newUser = identity.createUserQuery().userId(userId).count() == 0;
        if (newUser) {
            String password = password();
            User user = identity.newUser(userId);
            user.setFirstName(groupName);
            user.setLastName("");
            user.setPassword(password);
            identity.saveUser(user);
            created.add(new Account(userId, password, groupId, groupName));
        }
        if (newUser
                || identity.createUserQuery()
                                .userId(userId)
                                .memberOfGroup(groupId)
                                .count()
                        == 0) {
            identity.createMembership(userId, groupId);
        }
        return newGroup;
    }

    /**
     * Tasklist's diagram tab draws a task's process from its definition and XML: read on the definition, nothing
     * more (its instances and tasks stay behind their own rights).
     */
    private void diagram(String groupId, String processKey) {
        grant(groupId, Resources.PROCESS_DEFINITION, processKey, Permissions.READ);
    }

    /** The diagram right for every role of a campaign started before it was given (the demo's file database). */
    public void grantDiagrams(Campaign campaign) {
        AsEngine.run(identity, () -> {
            String process = Campaign.PROCESS_KEY;
            diagram(Groups.county(campaign.getCountyCode()), process);
            for (Township t : campaign.getTownships()) {
                for (String group : List.of(
                        Groups.townshipSecretary(t.getCode()),
                        Groups.townshipOffice(t.getCode()),
                        Groups.reviewGroup(t.getCode()))) {
                    diagram(group, process);
                }
                t.getOrganisations().forEach(o -> diagram(Groups.branch(o.getCode()), process));
            }
        });
    }

    /** Adds the permission to the group's grant on the resource (the engine keeps one grant per group and resource). */
    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (existing == null) {
            newGrant(groupId, resource, resourceId, permission);
        } else if (!existing.isPermissionGranted(permission)) {
            existing.addPermission(permission);
            authorizations.saveAuthorization(existing);
        }
    }

    /** A grant where the group has none on the resource yet. */
    private void newGrant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }

    private static String password() {
        char[] chars = new char[12];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
