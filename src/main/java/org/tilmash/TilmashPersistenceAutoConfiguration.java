package org.tilmash;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScanPackages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.transaction.PlatformTransactionManager;
import org.tilmash.i18n.TilmashPaths;

/**
 * Tilmash's tables and entities in the application's database, without touching the host's: its own migrations
 * ({@link TilmashMigrations}, not a {@code Flyway} bean, so the host's Flyway keeps running), and its entities and
 * repositories added to the packages JPA scans, never in place of the host's. With {@code tilmash.database.data-source}
 * none of this applies: {@link TilmashOwnDatabaseAutoConfiguration} gives Tilmash a database of its own.
 *
 * <p>It runs before Spring Boot's JPA configuration so that the entity manager and the repository scan see
 * {@code org.tilmash} among their packages.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class},
        before = {HibernateJpaAutoConfiguration.class, DataJpaRepositoriesAutoConfiguration.class})
@ConditionalOnProperty(name = "tilmash.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(TilmashDatabaseProperties.class)
public class TilmashPersistenceAutoConfiguration {

    static final String PACKAGE = "org.tilmash";

    /** The bean name of the application's data source, as Spring Boot declares it. */
    static final String APPLICATION_DATA_SOURCE = "dataSource";

    /** With {@code tilmash.replica.url}: the public site's reads from the replica (see {@link ReplicaReads}). */
    @Bean
    @ConditionalOnExpression("!'${tilmash.replica.url:}'.isEmpty()")
    static ReplicaReads tilmashReplicaReads(Environment environment, ObjectProvider<TilmashPaths> paths) {
        return new ReplicaReads(
                Binder.get(environment)
                        .bind("tilmash.replica", ReplicaProperties.class)
                        .orElseGet(ReplicaProperties::new),
                TilmashDatabaseProperties.namedDataSource(environment).orElse(APPLICATION_DATA_SOURCE),
                paths);
    }

    /** Tilmash in the application's database: its primary data source, entity manager and transactions. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${tilmash.database.data-source:}'.isBlank()")
    @Import(EntityPackages.class)
    static class InTheApplicationsDatabase {

        @Bean
        TilmashMigrations tilmashMigrations(DataSource dataSource) {
            return new TilmashMigrations(dataSource);
        }

        @Bean(name = TilmashDatabase.TRANSACTIONS, defaultCandidate = false)
        PlatformTransactionManager tilmashTransactionManager(ObjectProvider<PlatformTransactionManager> application) {
            return new ApplicationTransactions(application);
        }

        @Bean
        TilmashDatabase tilmashDatabase(
                DataSource dataSource,
                EntityManagerFactory entityManagerFactory,
                @Qualifier(TilmashDatabase.TRANSACTIONS) PlatformTransactionManager transactions) {
            return new TilmashDatabase(dataSource, entityManagerFactory, transactions);
        }

        /** Tilmash's Hibernate settings, for the application's entity manager which holds Tilmash's entities. */
        @Bean
        HibernatePropertiesCustomizer tilmashHibernateSettings(ObjectProvider<TilmashHibernateSettings> settings) {
            return properties -> settings.orderedStream().forEach(setting -> setting.apply(properties));
        }
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
