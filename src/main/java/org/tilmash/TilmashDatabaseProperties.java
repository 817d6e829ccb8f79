package org.tilmash;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.PropertyResolver;

/**
 * {@code tilmash.database.*}: where Tilmash's tables live. By default in the application's own database (its primary
 * {@code DataSource}, beside the host's tables, all prefixed {@code tilmash_}); with {@code data-source}, in the
 * database of the host's {@code DataSource} bean of that name, with an entity manager and transactions of Tilmash's
 * own.
 */
@ConfigurationProperties("tilmash.database")
public class TilmashDatabaseProperties {

    /**
     * The bean name of the host's {@code DataSource} for Tilmash's tables, e.g. {@code newsroomDataSource}; empty for
     * the application's primary one. Declare it {@code @Bean(defaultCandidate = false)} so that it does not compete
     * with the host's own.
     */
    private String dataSource = "";

    /**
     * Hibernate settings for Tilmash's own entity manager (with {@code data-source} only), e.g.
     * {@code hibernate.jdbc.batch_size}; the host's {@code spring.jpa.*} stay the host's.
     */
    private Map<String, String> hibernate = new LinkedHashMap<>();

    /**
     * {@code data-source} read before the properties are bound (settings, early beans); empty when Tilmash is in the
     * application's database.
     */
    static Optional<String> namedDataSource(PropertyResolver environment) {
        return Optional.of(environment
                        .getProperty("tilmash.database.data-source", "")
                        .trim())
                .filter(name -> !name.isEmpty());
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }

    public Map<String, String> getHibernate() {
        return hibernate;
    }

    public void setHibernate(Map<String, String> hibernate) {
        this.hibernate = hibernate;
    }
}
