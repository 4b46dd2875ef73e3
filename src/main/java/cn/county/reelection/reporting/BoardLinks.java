package cn.county.reelection.reporting;

import cn.county.reelection.process.AsEngine;
import cn.county.reelection.security.ApiAccess;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The board's links go only where the caller may go: Cockpit to whoever may open Cockpit (the
 * administrators, {@code camunda-admin}), Tasklist filtered by the township's business key to
 * whoever may open Tasklist (every role). Decided by Camunda's own application authorizations.
 */
@Component
public class BoardLinks {

    /** The apps the current caller may open. */
    public record Apps(boolean tasklist, boolean cockpit) {

        static final Apps NONE = new Apps(false, false);
    }

    private final ApiAccess access;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final String webapps;
    private final ObjectMapper json;

    public BoardLinks(
            ApiAccess access,
            IdentityService identity,
            AuthorizationService authorizations,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps,
            ObjectMapper json) {
        this.json = json;
        this.access = access;
        this.identity = identity;
        this.authorizations = authorizations;
        this.webapps = webapps;
    }

    public Apps forCurrentUser() {
        String user = access.userId();
        if (user == null) {
            return Apps.NONE;
        }
        List<String> groups = List.copyOf(access.groups());
        // checking another user's rights is the engine's own affair, as in Camunda's webapp login
        return AsEngine.call(
                identity, () -> new Apps(mayOpen(user, groups, "tasklist"), mayOpen(user, groups, "cockpit")));
    }

    private boolean mayOpen(String user, List<String> groups, String app) {
        return authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, app);
    }

    List<Board.Link> links(Apps apps, String businessKey, String processInstanceId) {
        List<Board.Link> links = new ArrayList<>(2);
        if (apps.tasklist() && businessKey != null) {
            // Tasklist's search widget reads its searches from the URL parameter searchQuery
            ArrayNode search = json.createArrayNode();
            search.addObject()
                    .put("type", "processInstanceBusinessKey")
                    .put("operator", "eq")
                    .put("value", businessKey)
                    .put("name", "");
            links.add(new Board.Link(
                    "TASKLIST",
                    webapps + "/app/tasklist/default/#/?searchQuery="
                            + URLEncoder.encode(search.toString(), StandardCharsets.UTF_8)
                                    .replace("+", "%20")));
        }
        if (apps.cockpit() && processInstanceId != null) {
            links.add(new Board.Link(
                    "COCKPIT",
                    webapps + "/app/cockpit/default/#/process-instance/"
                            + URLEncoder.encode(processInstanceId, StandardCharsets.UTF_8) + "/runtime"));
        }
        return links;
    }
}
