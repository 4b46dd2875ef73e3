package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Simplified Chinese locale files we ship for the Camunda webapps
 * (src/main/resources/META-INF/resources/webjars/camunda/app/&lt;app&gt;/locales/zh.json) against the
 * English originals in the Camunda webjar on the classpath: same keys, same placeholders and HTML
 * tags, and nothing left in English. Plain unit test, no Spring context.
 */
class WebappTranslationTest {

    private static final String LOCALES = "/META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?\\}\\}");
    private static final Pattern HTML_TAG =
            Pattern.compile("</?(?:a|b|br|code|div|em|i|li|ol|p|pre|small|span|strong|u|ul)\\b[^>]*>");

    /**
     * Values that read the same in Chinese: product and standard names, symbols, date-format tokens,
     * and "null", which Cockpit also prints untranslated next to these labels.
     */
    private static final Set<String> UNTRANSLATED = Set.of(
            "Camunda",
            "Camunda Cockpit",
            "Cockpit",
            "Tasklist",
            "Admin",
            "Optimize",
            "BPMN",
            "DMN",
            "CMMN",
            "REST",
            "CSV",
            "JSON",
            "ID",
            "ID*",
            "<",
            "<=",
            ">",
            ">=",
            "",
            "L",
            "HH:mm",
            "YYYY-MM-DDTHH:mm:ss",
            "null");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode load(String app, String locale) throws IOException {
        String path = LOCALES.formatted(app, locale);
        try (InputStream in = WebappTranslationTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path + " on the classpath").isNotNull();
            return JSON.readTree(in); // Jackson skips the UTF-8 BOM of Camunda's en.json
        }
    }

    /** Every leaf of the tree by its path (object keys and array indices, dot separated). */
    private static Map<String, JsonNode> leaves(JsonNode node) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collect("", node, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
        String prefix = path.isEmpty() ? "" : path + ".";
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(prefix + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(prefix + i, node.get(i), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void sameKeysAsTheEnglishOriginal(String app) throws IOException {
        Map<String, JsonNode> en = leaves(load(app, "en"));
        Map<String, JsonNode> zh = leaves(load(app, "zh"));

        Set<String> missing = new TreeSet<>(en.keySet());
        missing.removeAll(zh.keySet());
        Set<String> extra = new TreeSet<>(zh.keySet());
        extra.removeAll(en.keySet());
        assertThat(missing).as(app + " zh.json lacks").isEmpty();
        assertThat(extra).as(app + " zh.json has keys en.json does not have").isEmpty();
        en.forEach((key, value) -> assertThat(zh.get(key).getNodeType())
                .as(app + " " + key + " type")
                .isEqualTo(value.getNodeType()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void placeholdersAndHtmlTagsAreKept(String app) throws IOException {
        Map<String, JsonNode> en = leaves(load(app, "en"));
        Map<String, JsonNode> zh = leaves(load(app, "zh"));

        en.forEach((key, value) -> {
            if (!value.isTextual() || !zh.containsKey(key)) {
                return;
            }
            String english = value.asText();
            String chinese = zh.get(key).asText();
            for (String placeholder : all(PLACEHOLDER, english)) {
                assertThat(chinese)
                        .as(app + " " + key + " keeps " + placeholder)
                        .contains(placeholder);
            }
            assertThat(all(HTML_TAG, chinese))
                    .as(app + " " + key + " HTML tags")
                    .isEqualTo(all(HTML_TAG, english));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyTextIsTranslated(String app) throws IOException {
        Map<String, JsonNode> en = leaves(load(app, "en"));
        Map<String, JsonNode> zh = leaves(load(app, "zh"));

        List<String> stillEnglish = new ArrayList<>();
        en.forEach((key, value) -> {
            JsonNode chinese = zh.get(key);
            if (value.isTextual()
                    && chinese != null
                    && chinese.asText().equals(value.asText())
                    && !UNTRANSLATED.contains(value.asText())) {
                stillEnglish.add(key + " = " + value.asText());
            }
        });
        assertThat(stillEnglish).as(app + " values still in English").isEmpty();
    }
}
