package cn.county.reelection.notice;

import cn.county.reelection.web.ApiException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a campaign's {@code notices} before anything is stored: every bad value is a 400 naming its field. */
public final class NoticeSettingsValidator {

    static final int MAX_URL = 500;
    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private NoticeSettingsValidator() {}

    /**
     * @param townshipCodes the campaign's townships (a robot for another code is refused)
     * @param groups the campaign's groups (an e-mail for another group is refused)
     */
    public static void validate(NoticeSettingsRequest notices, Set<String> townshipCodes, Set<String> groups) {
        if (notices == null) {
            return;
        }
        if (notices.county() != null) {
            webhook(notices.county(), "notices.county");
        }
        if (notices.townships() != null) {
            notices.townships().forEach((code, hook) -> {
                String field = "notices.townships." + code;
                if (!townshipCodes.contains(code)) {
                    throw ApiException.badRequest(null, field, "没有代码为%s的乡镇".formatted(code));
                }
                if (hook == null) {
                    throw ApiException.badRequest(null, field, "群机器人不能为空");
                }
                webhook(hook, field);
            });
        }
        if (notices.emails() != null) {
            for (Map.Entry<String, String> e : notices.emails().entrySet()) {
                String field = "notices.emails." + e.getKey();
                if (!groups.contains(e.getKey())) {
                    throw ApiException.badRequest(
                            null,
                            field,
                            "没有这个角色（组）：%s；可用的如%s"
                                    .formatted(
                                            e.getKey(),
                                            groups.stream().sorted().limit(3).toList()));
                }
                email(e.getValue(), field);
            }
        }
    }

    static void webhook(NoticeSettingsRequest.Webhook hook, String field) {
        url(hook.url(), field + ".url");
        format(hook.format(), field + ".format");
        markdown(hook.msgtype(), field + ".msgtype");
    }

    static WebhookFormat format(String format, String field) {
        if (format == null) {
            return WebhookFormat.WECOM;
        }
        try {
            return WebhookFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(null, field, "只能是WECOM（企业微信）或DINGTALK（钉钉）");
        }
    }

    static boolean markdown(String msgtype, String field) {
        if (msgtype == null || msgtype.equalsIgnoreCase("markdown")) {
            return true;
        }
        if (msgtype.equalsIgnoreCase("text")) {
            return false;
        }
        throw ApiException.badRequest(null, field, "只能是markdown或text");
    }

    static void url(String url, String field) {
        if (url == null || url.isBlank()) {
            throw ApiException.badRequest(null, field, "必须填写群机器人的Webhook地址");
        }
        if (url.length() > MAX_URL) {
            throw ApiException.badRequest(null, field, "地址最长%d个字符".formatted(MAX_URL));
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getHost().isBlank()
                    || uri.getUserInfo() != null) {
                throw ApiException.badRequest(null, field, "必须是http或https开头、带主机名的完整地址，不含用户名和密码");
            }
        } catch (URISyntaxException e) {
            throw ApiException.badRequest(null, field, "不是有效的网址：" + e.getReason());
        }
    }

    static void email(String email, String field) {
        if (email == null
                || email.isBlank()
                || email.length() > MAX_EMAIL
                || !EMAIL.matcher(email.trim()).matches()) {
            throw ApiException.badRequest(null, field, "不是有效的邮箱地址");
        }
        try {
            new InternetAddress(email.trim(), true);
        } catch (AddressException e) {
            throw ApiException.badRequest(null, field, "不是有效的邮箱地址");
        }
    }
}
