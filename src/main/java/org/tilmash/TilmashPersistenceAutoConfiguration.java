package org.tilmash;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScanPackages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.tilmash.i18n.TilmashPaths;

/**
 * Tilmash's tables and entities in the application's database, without touching the host's: its own migrations
 * ({@link TilmashMigrations}, not a {@code Flyway} bean, so the host's Flyway keeps running), and its entities and
 * repositories added to the packages JPA scans, never in place of the host's.
 *
 * <p>It runs before Spring Boot's JPA configuration so that the entity manager and the repository scan see
 * {@code org.tilmash} among their packages.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class},
        before = {HibernateJpaAutoConfiguration.class, DataJpaRepositoriesAutoConfiguration.class})
@ConditionalOnProperty(name = "tilmash.enabled", havingValue = "true", matchIfMissing = true)
@Import(TilmashPersistenceAutoConfiguration.EntityPackages.class)
public class TilmashPersistenceAutoConfiguration {

    static final String PACKAGE = "org.tilmash";

    @Bean
    TilmashMigrations tilmashMigrations(DataSource dataSource) {
        return new TilmashMigrations(dataSource);
    }

    /** With {@code tilmash.replica.url}: the public site's reads from the replica (see {@link ReplicaReads}). */
    @Bean
    @ConditionalOnExpression("!'${tilmash.replica.url:}'.isEmpty()")
    static ReplicaReads tilmashReplicaReads(Environment environment, ObjectProvider<TilmashPaths> paths) {
        return new ReplicaReads(
                Binder.get(environment)
                        .bind("tilmash.replica", ReplicaProperties.class)
                        .orElseGet(ReplicaProperties::new),
                paths);
    }

    /**
     * Adds {@code org.tilmash} to the packages Spring Boot's JPA scans, and to an {@code @EntityScan} of the host if
     * it has one: an {@code @EntityScan} of our own would hide the host's entities.
     */
    static class EntityPackages implements ImportBeanDefinitionRegistrar {
        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            AutoConfigurationPackages.register(registry, PACKAGE);
            if (registry.containsBeanDefinition(EntityScanPackages.class.getName())) {
                EntityScanPackages.register(registry, PACKAGE);
            }
        }
    }
}
