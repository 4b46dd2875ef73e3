package cn.county.reelection.integrity;

import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Least rights on tasks: the engine gives a task's candidate users and groups, its assignee and owner Camunda's
 * {@code TASK_WORK} (claim and complete; {@code defaultUserPermissionNameForTask} in application.yml), not
 * {@code UPDATE}. This adds {@code UPDATE_VARIABLE} on the task alone, so that Tasklist can save a draft of the
 * task's own inputs as task-local variables; which variables, and that they stay task-local, is
 * {@link TaskInputFilter}'s rule.
 */
@Component
public class TaskWorkAuthorizations extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static final class Provider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
            return withDrafts(super.newTaskAssignee(task, oldAssignee, newAssignee));
        }

        @Override
        public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
            return withDrafts(super.newTaskOwner(task, oldOwner, newOwner));
        }

        @Override
        public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
            return withDrafts(super.newTaskUserIdentityLink(task, userId, type));
        }

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            return withDrafts(super.newTaskGroupIdentityLink(task, groupId, type));
        }

        private static AuthorizationEntity[] withDrafts(AuthorizationEntity[] authorizations) {
            if (authorizations != null) {
                for (AuthorizationEntity authorization : authorizations) {
                    authorization.addPermission(TaskPermissions.UPDATE_VARIABLE);
                }
            }
            return authorizations;
        }
    }
}
