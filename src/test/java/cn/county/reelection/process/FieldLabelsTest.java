package cn.county.reelection.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Error messages name fields in Chinese; every field the code can refuse has its label. */
class FieldLabelsTest {

    @Test
    void plainNestedAndIndexedFields_readAsAPersonWouldSayThem() {
        assertThat(FieldLabels.label("requestText")).isEqualTo("请示正文");
        assertThat(FieldLabels.label("delegateCandidates[3].birthDate")).isEqualTo("代表候选人名单第4行 出生日期");
        assertThat(FieldLabels.label("tally.rows[2].votes")).isEqualTo("计票结果第3行 得票数");
        assertThat(FieldLabels.label("tally.present")).isEqualTo("计票结果 实到人数");
        assertThat(FieldLabels.label("ballots[0]")).isEqualTo("选票第1张");
        assertThat(FieldLabels.label("townships[0].organisations[1].members")).isEqualTo("乡镇第1个 所属党组织第2个 党员人数");
        assertThat(FieldLabels.label("delegateCandidates[0].nickname")).isEqualTo("代表候选人名单第1行 nickname");
    }

    @Test
    void aVillageRule_readsTheVillagesOwnWords() {
        assertThat(FieldLabels.label("R5", "committeeSeats")).isEqualTo("党委委员名额");
        assertThat(FieldLabels.label("V3", "committeeSeats")).isEqualTo("村（居）委会委员名额");
    }

    @Test
    void theRefusalNamesRuleAndLabel_andKeepsTheVariableNameAsField() {
        assertThatThrownBy(() -> {
                    throw new ProcessInputException("T2", "requestText", "必须填写");
                })
                .hasMessage("[T2] 请示正文：必须填写")
                .satisfies(e -> assertThat(((ProcessInputException) e).field()).isEqualTo("requestText"));
    }

    /** Where the code names a field it refuses: the field argument or the parts a path is built from. */
    private static final List<Pattern> FIELD_SITES = Stream.of(
                    "new ProcessInputException\\([^,]+,\\s*\"([^\"]+)\"",
                    "new TallyInputException\\(\"([^\"]+)\"",
                    "ApiException\\.badRequest\\([^,]+,\\s*\"([^\"]+)\"",
                    "new ApiException\\([^,]+,[^,]+,\\s*\"([^\"]+)\"",
                    "ProcessVariables\\.required\\w+\\(\\w+,\\s*\"([^\"]+)\"",
                    "\\.read(?:List)?\\(\\w+,\\s*\"([^\"]+)\"",
                    "requireComplete\\(\\w+,\\s*\"([^\"]+)\"",
                    "confirmed\\(\\w+,\\s*\"([^\"]+)\"",
                    "new Required\\(\"([^\"]+)\"",
                    "Finding\\.(?:hard|warning)\\(\"\\w+\",\\s*\"([^\"]+)\"",
                    "\\((?:findings|candidates),\\s*\"([^\"]+)\"",
                    "CsvBallots\\.read\\([^,]+,\\s*\"([^\"]+)\"",
                    "require\\(\\w+(?:\\.\\w+\\(\\))?,\\s*\"([^\"]+)\"",
                    "\\b(?:at|org)\\s*\\+\\s*\"\\.(\\w+)\"",
                    "\"\\]\\.(\\w+)\"")
            .map(Pattern::compile)
            .toList();

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    @Test
    void everyFieldTheCodeRefuses_hasAChineseLabel() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                for (Pattern site : FIELD_SITES) {
                    Matcher m = site.matcher(code);
                    while (m.find()) {
                        Matcher name = NAME.matcher(m.group(1));
                        while (name.find()) {
                            names.add(name.group());
                        }
                    }
                }
            }
        }
        assertThat(names)
                .as("field names found at the refusals")
                .contains("requestText", "birthDate", "committeeCandidates", "votes", "members", "ballotsCsv");
        assertThat(names.stream().filter(n -> FieldLabels.known(n).isEmpty()).toList())
                .as("fields without a Chinese label")
                .isEmpty();
    }
}
