package cn.county.reelection.operations;

import cn.county.reelection.security.ApiAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/migrations}: moves the running instances of one version of a process to a later one
 * (README "Process versions"). Administrators only; {@code dryRun} (the default) reports what would move and what
 * would stay, and changes nothing.
 */
@RestController
public class MigrationController {

    private final ProcessMigrations migrations;
    private final ApiAccess access;

    public MigrationController(ProcessMigrations migrations, ApiAccess access) {
        this.migrations = migrations;
        this.access = access;
    }

    @PostMapping("/api/admin/migrations")
    @Operation(
            operationId = "migrateProcessInstances",
            summary = "迁移运行中的流程实例到新版本",
            description = "把一个流程某一版本的运行中实例迁移到新版本（仅管理员）。dryRun默认为true：只报告哪些实例会迁移、哪些留在原版本及原因，不做任何改动。",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = ProcessMigrations.Request.class),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"process\":\"townshipReelection\",\"fromVersion\":1,\"toVersion\":2,\"dryRun\":true}"))))
    public ProcessMigrations.Report migrate(@RequestBody ProcessMigrations.Request request) {
        if (!access.groups().contains(Groups.CAMUNDA_ADMIN)) {
            throw ApiAccess.forbidden("只有管理员可以迁移流程实例");
        }
        return migrations.migrate(request);
    }
}
