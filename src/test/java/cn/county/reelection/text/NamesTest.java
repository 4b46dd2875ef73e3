package cn.county.reelection.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which names are accepted for counties, townships, organisations and persons. */
class NamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"张三", "阿卜杜拉·艾则孜", "羊岑乡", "第一支部（机关）", "TS01-B01候选1", "县代表候选12", "Li Wei", "扎西 次仁", "Müller"})
    void properNamesAreAccepted(String name) {
        assertThat(Names.problem(name, Names.PERSON_MAX)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "'; drop table RE_TOWNSHIP;--",
                "<script>alert(1)</script>",
                "x\" onmouseover=\"alert(1)",
                "张三\n李四",
                "张三\u0000",
                "a/b",
                "{{7*7}}",
                "${jndi:ldap://x}",
                "张三；",
                "  "
            })
    void sqlScriptMarkupAndControlCharactersAreRefused(String name) {
        assertThat(Names.problem(name, Names.PERSON_MAX)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 41})
    void personNamesHaveAtMostFortyCharacters(int length) {
        assertThat(Names.problem("名".repeat(length), Names.PERSON_MAX).isPresent())
                .isEqualTo(length > Names.PERSON_MAX);
    }
}
