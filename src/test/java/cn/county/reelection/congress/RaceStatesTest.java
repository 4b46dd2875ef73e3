package cn.county.reelection.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.county.reelection.election.Race;
import cn.county.reelection.election.RaceKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** R6–R10: where a race waits between its ballots, for the current model and for instances of an earlier one. */
class RaceStatesTest {

    private final RaceInProgressRepository rows = mock(RaceInProgressRepository.class);
    private final RaceStates states = new RaceStates(
            rows, new ObjectMapper(), Clock.fixed(Instant.parse("2027-03-01T02:00:00Z"), ZoneOffset.UTC));

    private static Race committee() {
        return Race.start("committee", RaceKind.COMPETITIVE, 2, 3, 75, List.of("甲", "乙", "丙"), null);
    }

    @Test
    void r6_aRaceOfTheCurrentModel_isARowTheScopeNamesByItsId_overwrittenAtTheNextBallot() throws Exception {
        DelegateExecution scope = mock(DelegateExecution.class);
        when(scope.hasVariable(RaceStates.VARIABLE)).thenReturn(true);
        when(scope.getProcessInstanceId()).thenReturn("pi-1");
        ArgumentCaptor<RaceInProgress> saved = ArgumentCaptor.forClass(RaceInProgress.class);
        RaceInProgress row = new RaceInProgress("pi-1", "{}", Instant.EPOCH);
        when(rows.save(saved.capture())).thenReturn(row);

        states.save(scope, committee());

        assertThat(saved.getValue().getProcessInstanceId()).isEqualTo("pi-1");
        assertThat(new ObjectMapper().readTree(saved.getValue().getStateJson()).get("candidates"))
                .hasSize(3);
        verify(scope).setVariable(eq(RaceStates.VARIABLE), any());
        verify(scope, never()).setVariable(eq(RaceStates.CARRIED), any());

        // the next ballot: the same row, not a new one
        when(scope.getVariable(RaceStates.VARIABLE)).thenReturn(7L);
        when(rows.findById(7L)).thenReturn(Optional.of(row));
        Race next = committee();
        next.getElected().add("甲");
        states.save(scope, next);
        assertThat(saved.getValue()).isSameAs(row);
        // the scope keeps the id it has: no second write of the same value into the history
        verify(scope, times(1)).setVariable(eq(RaceStates.VARIABLE), any());
        assertThat(states.read(scope, "R6").getElected()).containsExactly("甲");
        assertThat(states.view(Map.of(RaceStates.VARIABLE, 7L))
                        .orElseThrow()
                        .get("elected")
                        .get(0)
                        .asText())
                .isEqualTo("甲");
    }

    @Test
    void r6_aScopeOfAnEarlierModel_keepsCarryingItsRaceInTheVariable_noRowIsWritten() {
        DelegateExecution scope = mock(DelegateExecution.class);
        when(scope.hasVariable(RaceStates.CARRIED)).thenReturn(true);
        when(scope.hasVariable(RaceStates.VARIABLE)).thenReturn(false);
        ArgumentCaptor<Object> carried = ArgumentCaptor.forClass(Object.class);

        states.save(scope, committee());

        verify(scope).setVariable(eq(RaceStates.CARRIED), carried.capture());
        verify(rows, never()).save(any());
        String json = ((JsonValue) carried.getValue()).getValueSerialized();
        when(scope.getVariable(RaceStates.CARRIED)).thenReturn(json);
        assertThat(states.read(scope, "R6").getCandidates()).containsExactly("甲", "乙", "丙");
    }
}
