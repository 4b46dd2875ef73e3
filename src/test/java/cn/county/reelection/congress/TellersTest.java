package cn.county.reelection.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.county.reelection.process.ProcessInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R13: the scrutineers and counters of a ballot. */
class TellersTest {

    private static final List<String> CANDIDATES = List.of("张三", "李四", "王五");

    @Test
    void r13_scrutineerWhoIsACandidate_isRefused() {
        assertThatThrownBy(() -> new Tellers(List.of("赵六", " 李四 "), List.of("钱七")).check(CANDIDATES))
                .isInstanceOf(ProcessInputException.class)
                .satisfies(e -> {
                    ProcessInputException p = (ProcessInputException) e;
                    assertThat(p.rule()).isEqualTo("R13");
                    assertThat(p.field()).isEqualTo("scrutineers[1]");
                })
                .hasMessage("[R13] 监票人第2名：李四是本次选举的候选人，不能担任监票人（监票人从不是候选人的选举人中推选）");
    }

    @Test
    void r13_aCounterMayBeACandidate_andScrutineersWhoStandInNoRaceAreAccepted() {
        // the rule binds scrutineers only; a voter who is not standing scrutinises
        assertThatCode(() -> new Tellers(List.of("赵六", "孙八"), List.of("张三")).check(CANDIDATES))
                .doesNotThrowAnyException();
        assertThatCode(() -> Tellers.NONE.check(CANDIDATES)).doesNotThrowAnyException();
    }

    @Test
    void r13_aNameGivenTwiceOrBlank_isRefusedNamingTheField() {
        assertThatThrownBy(() -> new Tellers(List.of("赵六"), List.of("钱七", "钱七")).check(CANDIDATES))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("[R13] 计票人第2名：姓名重复：钱七");
        assertThatThrownBy(() -> new Tellers(List.of(" "), List.of()).check(CANDIDATES))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("[R13] 监票人第1名：姓名必须填写");
    }

    @Test
    void r13_theRecordKeepsBothListsJoined() {
        assertThat(Tellers.joined(List.of("赵六", "孙八"))).isEqualTo("赵六、孙八");
        assertThat(Tellers.joined(List.of())).isNull();
    }
}
