package cn.county.reelection.notice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail addresses of a notice, when it is sent: each group member's address from the Camunda user
 * profile, less those who turned notices off, plus the address a campaign gave the role.
 */
@Component
public class NoticeRecipients {

    private final IdentityService identity;
    private final NoticeOptOutRepository choices;
    private final NoticeSettings settings;

    public NoticeRecipients(IdentityService identity, NoticeOptOutRepository choices, NoticeSettings settings) {
        this.identity = identity;
        this.choices = choices;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public List<String> emails(String countyCode, List<String> groups) {
        Map<String, String> byUser = new LinkedHashMap<>();
        Set<String> addresses = new LinkedHashSet<>();
        for (String group : groups) {
            for (User user : identity.createUserQuery().memberOfGroup(group).list()) {
                if (user.getEmail() != null && !user.getEmail().isBlank()) {
                    byUser.put(user.getId(), user.getEmail().trim());
                }
            }
            settings.roleEmail(countyCode, group).ifPresent(addresses::add);
        }
        if (!byUser.isEmpty()) {
            choices.findByUserIdInAndEnabledFalse(byUser.keySet()).forEach(off -> byUser.remove(off.getUserId()));
        }
        List<String> all = new ArrayList<>(byUser.values());
        addresses.stream().filter(a -> !all.contains(a)).forEach(all::add);
        return all;
    }
}
