package cn.county.reelection.notice;

import cn.county.reelection.process.AsEngine;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.web.ApiError;
import cn.county.reelection.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Everyone's own notice choice: on (the default) or off, for e-mail; robots post to groups, not to persons. */
@RestController
public class MyNoticesController {

    static final String PATH = "/api/me/notices";
    private static final String EXAMPLE = "{\"enabled\":true,\"email\":\"ts01@example.cn\"}";

    @Schema(description = "我的通知设置")
    public record MyNotices(
            @Schema(description = "是否给我发通知邮件", example = "true")
            boolean enabled,

            @Schema(description = "通知发往的邮箱（Camunda用户资料中的邮箱；为空时收不到邮件）", example = "ts01@example.cn")
            String email) {}

    @Schema(description = "开启或关闭我的通知")
    public record Choice(
            @Schema(description = "true开启，false关闭", example = "false")
            Boolean enabled) {}

    private final ApiAccess access;
    private final NoticeOptOutRepository choices;
    private final IdentityService identity;
    private final Clock clock;

    public MyNoticesController(
            ApiAccess access, NoticeOptOutRepository choices, IdentityService identity, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.choices = choices;
        this.identity = identity;
    }

    @GetMapping(PATH)
    @Operation(operationId = "getMyNotices", summary = "我的通知设置", description = "当前用户是否接收通知邮件，以及通知发往的邮箱（来自Camunda用户资料）。")
    @ApiResponse(
            responseCode = "200",
            description = "我的设置",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = MyNotices.class),
                            examples = @ExampleObject(value = EXAMPLE)))
    @Transactional(readOnly = true)
    public MyNotices get() {
        String user = user();
        return new MyNotices(choices.findById(user).map(NoticeOptOut::isEnabled).orElse(true), email(user));
    }

    @PutMapping(PATH)
    @Operation(
            operationId = "putMyNotices",
            summary = "开启或关闭我的通知",
            description = "请求体{\"enabled\": false}关闭发给我的通知邮件，{\"enabled\": true}重新开启。只影响本人；" + "群机器人的消息和按角色设置的邮箱不受影响。",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = Choice.class),
                                            examples = @ExampleObject(value = "{\"enabled\":false}"))))
    @ApiResponse(
            responseCode = "200",
            description = "已保存",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = MyNotices.class),
                            examples = @ExampleObject(value = "{\"enabled\":false,\"email\":\"ts01@example.cn\"}")))
    @ApiResponse(
            responseCode = "400",
            description = "enabled缺少或不是true/false",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ApiError.class),
                            examples =
                                    @ExampleObject(
                                            value =
                                                    "{\"status\":400,\"rule\":null,\"field\":\"enabled\",\"message\":\"是否接收通知（enabled）：必须是true或false\"}")))
    @Transactional
    public MyNotices put(@RequestBody Choice choice) {
        String user = user();
        if (choice == null || choice.enabled() == null) {
            throw ApiException.badRequest(null, "enabled", "是否接收通知（enabled）：必须是true或false");
        }
        var now = clock.instant();
        choices.findById(user)
                .ifPresentOrElse(
                        c -> c.change(choice.enabled(), now),
                        () -> choices.save(new NoticeOptOut(user, choice.enabled(), now)));
        return new MyNotices(choice.enabled(), email(user));
    }

    private String user() {
        String user = access.userId();
        if (user == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, null, null, "请先登录");
        }
        return user;
    }

    private String email(String userId) {
        // reading one's own profile needs no right on users
        return AsEngine.call(identity, () -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            return user == null ? null : user.getEmail();
        });
    }
}
