package cn.county.reelection.notice;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Turns a notice into jobs: one {@code noticeDelivery} instance per channel (an e-mail to the groups' members,
 * a post to each robot). Started inside the transaction of the event that caused the notice, so a notice
 * exists exactly when its event was committed; its job is then run once by one node of the cluster.
 */
@Service
public class NoticeService {

    public static final String PROCESS_KEY = "noticeDelivery";
    static final String MAIL = "MAIL";
    static final String WEBHOOK = "WEBHOOK";

    private final RuntimeService runtime;
    private final NoticeSettings settings;
    private final ObjectProvider<JavaMailSender> mail;
    private final boolean enabled;
    private final List<Observer> observers = new CopyOnWriteArrayList<>();

    /** Told of every notice sent and the number of its deliveries (for measurements). */
    public interface Observer {
        void sent(Notice notice, int deliveries);
    }

    public NoticeService(
            RuntimeService runtime,
            NoticeSettings settings,
            ObjectProvider<JavaMailSender> mail,
            @Value("${reelection.notices.enabled:true}") boolean enabled) {
        this.runtime = runtime;
        this.settings = settings;
        this.mail = mail;
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Sends the notice by every channel it has: e-mail when a mail server is configured, each robot set for its scopes. */
    public void send(Notice notice) {
        if (!enabled) {
            return;
        }
        int deliveries = 0;
        if (mail.getIfAvailable() != null && !notice.groups().isEmpty()) {
            start(
                    notice,
                    Variables.createVariables()
                            .putValue("channel", MAIL)
                            .putValue("groups", String.join(",", notice.groups())));
            deliveries++;
        }
        Set<String> urls = new LinkedHashSet<>();
        for (String scope : notice.scopes()) {
            var hook = settings.webhook(notice.countyCode(), scope).filter(h -> urls.add(h.getValue()));
            if (hook.isPresent()) {
                start(
                        notice,
                        Variables.createVariables()
                                .putValue("channel", WEBHOOK)
                                .putValue("url", hook.get().getValue())
                                .putValue("format", hook.get().getFormat().name())
                                .putValue("markdown", hook.get().isMarkdown()));
                deliveries++;
            }
        }
        for (Observer observer : observers) {
            observer.sent(notice, deliveries);
        }
    }

    public void observe(Observer observer) {
        observers.add(observer);
    }

    private void start(Notice notice, VariableMap variables) {
        variables
                .putValue("kind", notice.kind().name())
                .putValue("countyCode", notice.countyCode())
                .putValue("subject", notice.subject())
                // a digest may exceed the 4,000 characters of a string variable
                .putValue("text", Variables.byteArrayValue(notice.text().getBytes(StandardCharsets.UTF_8)));
        var context = Context.getCommandContext();
        if (context != null) {
            // the notice is the engine's, not the caller's: no right of the person whose action caused it is needed
            context.runWithoutAuthorization(() -> runtime.startProcessInstanceByKey(PROCESS_KEY, variables));
        } else {
            runtime.startProcessInstanceByKey(PROCESS_KEY, variables);
        }
    }
}
