package org.tilmash.workflow;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tilmash.support.Postgres;

@ExtendWith(Postgres.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class NewsroomSetupPostgresTest extends NewsroomSetupContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
