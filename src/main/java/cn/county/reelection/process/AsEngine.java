package cn.county.reelection.process;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs work under another Camunda authentication and gives the caller's back afterwards, whatever
 * happens. As the engine itself (no authentication): the caller's rights were checked before by the
 * project, or the work is the engine's own affair (identity and authorization writes, another user's
 * rights, documents the engine attaches). As a given user: what that user may see.
 */
public final class AsEngine {

    private AsEngine() {}

    public static <T> T call(IdentityService identity, Supplier<T> work) {
        return as(identity, null, work);
    }

    public static void run(IdentityService identity, Runnable work) {
        as(identity, null, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} as the user with these groups, as the engine would check them. */
    public static <T> T asUser(IdentityService identity, String userId, List<String> groupIds, Supplier<T> work) {
        return as(identity, new Authentication(userId, groupIds), work);
    }

    private static <T> T as(IdentityService identity, Authentication who, Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        if (who == null) {
            identity.clearAuthentication();
        } else {
            identity.setAuthentication(who);
        }
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            } else {
                identity.clearAuthentication();
            }
        }
    }
}
