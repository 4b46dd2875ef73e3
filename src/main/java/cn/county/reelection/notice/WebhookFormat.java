package cn.county.reelection.notice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The message bodies of the two group robots; both take {"msgtype":"text"} and {"msgtype":"markdown"}. */
public enum WebhookFormat {
    /** 企业微信群机器人: markdown is {"markdown":{"content"}}. */
    WECOM,
    /** 钉钉群机器人: markdown is {"markdown":{"title","text"}}. */
    DINGTALK;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON body of one notice; {@code markdown} false sends plain text. */
    public String body(String subject, String text, boolean markdown) {
        ObjectNode root = JSON.createObjectNode();
        if (!markdown) {
            root.put("msgtype", "text");
            root.putObject("text").put("content", subject + "\n" + text);
        } else {
            // both robots render a single newline as a space: paragraphs keep the lines apart
            String body = "#### " + subject + "\n\n" + text.replace("\n", "\n\n");
            root.put("msgtype", "markdown");
            ObjectNode markdownNode = root.putObject("markdown");
            if (this == DINGTALK) {
                markdownNode.put("title", subject);
                markdownNode.put("text", body);
            } else {
                markdownNode.put("content", body);
            }
        }
        return root.toString();
    }
}
