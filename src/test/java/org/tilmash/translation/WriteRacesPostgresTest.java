package org.tilmash.translation;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tilmash.support.Postgres;

@ExtendWith(Postgres.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class WriteRacesPostgresTest extends WriteRacesContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
