package cn.county.reelection.integrity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/** Who sends a request to one of the engine APIs, as the engine will know them. */
record Caller(String userId, List<String> groupIds) {

    Caller {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }

    boolean isAdmin() {
        return groupIds.contains(Groups.CAMUNDA_ADMIN);
    }
}
