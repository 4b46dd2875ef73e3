package cn.county.reelection.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static final Person ENTERED = new Person(
            " 李 红 ",
            Person.Gender.F,
            LocalDate.of(1985, 3, 2),
            "白族",
            Person.Education.BACHELOR,
            Person.Category.CADRE,
            Person.Post.ORGANISATION);

    @Test
    void trimmed_keepsTheNameWithoutSurroundingSpaces_andEveryParticular_R3_R5() {
        assertThat(ENTERED.trimmed())
                .isEqualTo(new Person(
                        "李 红",
                        Person.Gender.F,
                        LocalDate.of(1985, 3, 2),
                        "白族",
                        Person.Education.BACHELOR,
                        Person.Category.CADRE,
                        Person.Post.ORGANISATION));
    }

    @Test
    void withPost_changesOnlyThePost_R7_R8() {
        Person named = ENTERED.withPost(Person.Post.DISCIPLINE_SECRETARY);

        assertThat(named.post()).isEqualTo(Person.Post.DISCIPLINE_SECRETARY);
        assertThat(named.withPost(Person.Post.ORGANISATION)).isEqualTo(ENTERED);
    }
}
