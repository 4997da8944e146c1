package com.partnerdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServeFirstStepsTest {
    @Test
    void onTheUsualDatabaseTheCommandsNeedNoDbOption() {
        String steps = ServeCommand.firstSteps(Path.of("partnerdesk.db"), Map.of());
        assertThat(steps).startsWith("No agent exists yet")
                .contains("  ./partnerdesk agents add --email you@your-partner.example --name \"Your Name\" --role GLOBAL_ADMIN --password-stdin\n")
                .contains("  ./partnerdesk partner set --organization \"Your Partner LLC\"")
                .doesNotContain("--db");
    }

    @Test
    void onAnotherDatabaseTheCommandsNameIt() {
        String steps = ServeCommand.firstSteps(Path.of("/srv/desk/desk.db"), Map.of("PARTNERDESK_DB", "other.db"));
        assertThat(steps).contains("./partnerdesk --db /srv/desk/desk.db agents add")
                .contains("./partnerdesk --db /srv/desk/desk.db partner set");
    }
}
