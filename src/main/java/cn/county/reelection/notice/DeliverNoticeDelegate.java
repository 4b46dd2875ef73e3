package cn.county.reelection.notice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The job of {@code noticeDelivery}: sends one notice by one channel. A failure fails the job, which the engine
 * retries (R3/PT5M); after the last retry the incident reads 通知发送失败：… in Cockpit.
 */
@Component("deliverNoticeDelegate")
public class DeliverNoticeDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(DeliverNoticeDelegate.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectProvider<JavaMailSender> mail;
    private final NoticeRecipients recipients;
    private final String from;
    // made at the first webhook: a client sets up TLS (about 0.25 s, 500 classes, a selector thread) that a start does
    // not need
    private final SingletonSupplier<HttpClient> http;
    private final Duration timeout;

    public DeliverNoticeDelegate(
            ObjectProvider<JavaMailSender> mail,
            NoticeRecipients recipients,
            @Value("${reelection.notices.mail-from:${spring.mail.username:reelection@localhost}}") String from,
            @Value("${reelection.notices.webhook-timeout:PT10S}") Duration timeout) {
        this.mail = mail;
        this.recipients = recipients;
        this.from = from;
        this.timeout = timeout;
        this.http = SingletonSupplier.of(() -> HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    @Override
    public void execute(DelegateExecution execution) {
        String channel = (String) execution.getVariable("channel");
        String subject = (String) execution.getVariable("subject");
        String text = new String((byte[]) execution.getVariable("text"), StandardCharsets.UTF_8);
        try {
            if (NoticeService.MAIL.equals(channel)) {
                mail(
                        subject,
                        text,
                        (String) execution.getVariable("countyCode"),
                        Arrays.asList(((String) execution.getVariable("groups")).split(",")));
            } else {
                post(
                        (String) execution.getVariable("url"),
                        WebhookFormat.valueOf((String) execution.getVariable("format"))
                                .body(subject, text, Boolean.TRUE.equals(execution.getVariable("markdown"))));
            }
        } catch (Exception e) {
            String how = NoticeService.MAIL.equals(channel) ? "邮件" : "群机器人";
            throw new ProcessEngineException(
                    "通知发送失败：%s（%s）；每5分钟重试一次，共3次，重试用尽后请管理员检查%s设置后重试作业。原因：%s"
                            .formatted(subject, how, how.equals("邮件") ? "邮件服务器（spring.mail.*）" : "群机器人地址", reason(e)),
                    e);
        }
    }

    private void mail(String subject, String text, String countyCode, List<String> groups) throws Exception {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("没有配置邮件服务器（spring.mail.host）");
        }
        List<String> to = recipients.emails(countyCode, groups);
        if (to.isEmpty()) {
            log.debug("notice '{}' has no e-mail recipient in {}", subject, groups);
            return;
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(from);
        // blind copies: no recipient learns another's address
        helper.setBcc(to.toArray(String[]::new));
        helper.setSubject(subject);
        helper.setText(text);
        sender.send(message);
    }

    private void post(String url, String body) throws Exception {
        HttpResponse<String> response = http.obtain()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(timeout)
                                .header("Content-Type", "application/json; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("群机器人回答HTTP " + response.statusCode());
        }
        // both robots answer 200 with {"errcode":0,"errmsg":"ok"}; any other errcode is a refusal
        String answer = response.body();
        if (answer != null && answer.trim().startsWith("{")) {
            JsonNode node = JSON.readTree(answer);
            if (node.has("errcode") && node.get("errcode").asInt() != 0) {
                throw new IllegalStateException("群机器人拒绝：errcode=%s，errmsg=%s"
                        .formatted(
                                node.get("errcode").asText(),
                                node.path("errmsg").asText()));
            }
        }
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e || root.getMessage() == null ? message : message + "（" + root.getMessage() + "）";
    }
}
