package org.tilmash.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GrantTest {

    @Test
    void theStoredFormReadsBackAsTheSameRolesAndLanguages() {
        Map<Role, Set<String>> grants = new EnumMap<>(Role.class);
        grants.put(Role.EDITOR, Set.of());
        grants.put(Role.TRANSLATOR, new TreeSet<>(Set.of("kk", "ky")));

        String stored = Grant.describe(grants);

        assertThat(stored).isEqualTo("EDITOR, TRANSLATOR [kk, ky]");
        assertThat(Grant.parse(stored))
                .containsExactly(new Grant(Role.EDITOR, List.of()), new Grant(Role.TRANSLATOR, List.of("kk", "ky")));
    }

    @Test
    void wordsThatNameNoRoleAreLeftOut() {
        assertThat(Grant.parse("SOMETHING [x], REVIEWER [uz]"))
                .containsExactly(new Grant(Role.REVIEWER, List.of("uz")));
    }
}
