package cn.county.reelection.personsheet;

import java.util.List;

/**
 * A value a cell may hold: the code the process stores, the label the template and the form show, and the
 * other words people write for it.
 */
public record Choice(String code, String label, List<String> aliases) {

    public Choice(String code, String label, String... aliases) {
        this(code, label, List.of(aliases));
    }
}
