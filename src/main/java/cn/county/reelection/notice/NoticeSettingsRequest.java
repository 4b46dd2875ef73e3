package cn.county.reelection.notice;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * The optional {@code notices} of {@code POST /api/campaigns}: a work-chat group robot for the county and for
 * each township, and an e-mail address per role (a group id such as {@code township-TS01}), used besides the
 * e-mail addresses of the group's members.
 */
@Schema(description = "通知设置（可选）：县和各乡镇的群机器人，以及按角色（组）设置的邮箱")
public record NoticeSettingsRequest(
        @Schema(description = "县委组织部的群机器人") Webhook county,
        @Schema(description = "各乡镇的群机器人，键为乡镇代码") Map<String, Webhook> townships,

        @Schema(description = "按角色设置的邮箱，键为组，如township-TS01、county-demo")
        Map<String, String> emails) {

    /**
     * A group robot's webhook: {@code format} WECOM (企业微信, default) or DINGTALK (钉钉), {@code msgtype}
     * markdown (default) or text.
     */
    @Schema(description = "群机器人")
    public record Webhook(
            @Schema(
                    description = "机器人的Webhook地址（http或https）",
                    example = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…")
            String url,

            @Schema(description = "WECOM（企业微信，默认）或DINGTALK（钉钉）", example = "WECOM")
            String format,

            @Schema(description = "markdown（默认）或text", example = "markdown")
            String msgtype) {}
}
