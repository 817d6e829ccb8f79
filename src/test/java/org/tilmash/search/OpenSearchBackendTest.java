package org.tilmash.search;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tilmash.support.OpenSearchNode;

/** The OpenSearch backend with H2: see {@link OpenSearchBackendContract}. */
@ExtendWith(OpenSearchNode.class)
@SpringBootTest
@ActiveProfiles("test")
class OpenSearchBackendTest extends OpenSearchBackendContract {

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        OpenSearchNode.register(registry);
    }
}
