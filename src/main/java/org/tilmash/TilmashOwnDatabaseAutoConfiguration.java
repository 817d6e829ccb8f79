package org.tilmash;

import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.hibernate.SpringBeanContainer;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Tilmash in a database of its own, named by {@code tilmash.database.data-source}: its migrations, an entity manager
 * over its entities only, its transactions and its repositories, all on the host's {@code DataSource} of that name.
 * None of them is a default candidate, so the host's JPA, transactions and repositories stay exactly as Spring Boot
 * configured them; it runs after Spring Boot's JPA configuration for the same reason.
 *
 * <p>Spring Modulith's event publication registry stays in the application's primary database, as it serves the
 * whole application: the registry creates its table there itself.
 */
@AutoConfiguration(after = {HibernateJpaAutoConfiguration.class, DataJpaRepositoriesAutoConfiguration.class})
@ConditionalOnProperty(name = "tilmash.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnExpression("!'${tilmash.database.data-source:}'.isBlank()")
@EnableConfigurationProperties(TilmashDatabaseProperties.class)
public class TilmashOwnDatabaseAutoConfiguration {

    static final String ENTITY_MANAGER_FACTORY = "tilmashEntityManagerFactory";

    /** The shared entity manager Spring Data declares for every entity manager factory (see {@link OnlyForTilmash}). */
    static final String SHARED_ENTITY_MANAGER = "jpaSharedEM_" + ENTITY_MANAGER_FACTORY;

    @Bean
    TilmashMigrations tilmashMigrations(BeanFactory beans, TilmashDatabaseProperties properties) {
        return new TilmashMigrations(dataSource(beans, properties));
    }

    @Bean(name = ENTITY_MANAGER_FACTORY, defaultCandidate = false)
    LocalContainerEntityManagerFactoryBean tilmashEntityManagerFactory(
            BeanFactory beans,
            TilmashDatabaseProperties properties,
            ObjectProvider<TilmashHibernateSettings> settings) {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setPersistenceUnitName("tilmash");
        factory.setDataSource(dataSource(beans, properties));
        factory.setPackagesToScan(TilmashPersistenceAutoConfiguration.PACKAGE);
        factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        factory.setJpaPropertyMap(hibernateProperties(beans, properties, settings));
        return factory;
    }

    /**
     * Spring Boot's defaults for an entity manager (its naming strategies, beans from the application context), the
     * schema validated against the migrations, times in UTC as the standalone application stores them, then the
     * modules' settings and {@code tilmash.database.hibernate.*}.
     */
    private static Map<String, Object> hibernateProperties(
            BeanFactory beans,
            TilmashDatabaseProperties properties,
            ObjectProvider<TilmashHibernateSettings> settings) {
        Map<String, Object> hibernate = new HibernateProperties()
                .determineHibernateProperties(Map.of(), new HibernateSettings().ddlAuto(() -> "validate"));
        hibernate.put(AvailableSettings.JDBC_TIME_ZONE, "UTC");
        hibernate.put(
                AvailableSettings.BEAN_CONTAINER, new SpringBeanContainer((ConfigurableListableBeanFactory) beans));
        settings.orderedStream().forEach(setting -> setting.apply(hibernate));
        hibernate.putAll(properties.getHibernate());
        return hibernate;
    }

    @Bean(name = TilmashDatabase.TRANSACTIONS, defaultCandidate = false)
    JpaTransactionManager tilmashTransactionManager(
            @Qualifier(ENTITY_MANAGER_FACTORY) EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }

    @Bean
    TilmashDatabase tilmashDatabase(
            BeanFactory beans,
            TilmashDatabaseProperties properties,
            @Qualifier(ENTITY_MANAGER_FACTORY) EntityManagerFactory entityManagerFactory,
            @Qualifier(TilmashDatabase.TRANSACTIONS) PlatformTransactionManager transactions) {
        return new TilmashDatabase(dataSource(beans, properties), entityManagerFactory, transactions);
    }

    @Bean
    static BeanFactoryPostProcessor tilmashSharedEntityManagerOnlyForTilmash() {
        return new OnlyForTilmash();
    }

    private static DataSource dataSource(BeanFactory beans, TilmashDatabaseProperties properties) {
        String name = properties.getDataSource();
        try {
            return beans.getBean(name, DataSource.class);
        } catch (NoSuchBeanDefinitionException missing) {
            throw new IllegalStateException(
                    "tilmash.database.data-source is " + name + ", but the application has no DataSource bean of"
                            + " that name (see README, \"Use Tilmash inside your application\")",
                    missing);
        }
    }

    /** Tilmash's repositories, on its own entity manager and transactions; the host's are scanned as before. */
    @Configuration(proxyBeanMethods = false)
    @EnableJpaRepositories(
            basePackages = TilmashPersistenceAutoConfiguration.PACKAGE,
            entityManagerFactoryRef = ENTITY_MANAGER_FACTORY,
            transactionManagerRef = TilmashDatabase.TRANSACTIONS)
    static class Repositories {}

    /**
     * Spring Data declares a shared entity manager for each entity manager factory, as a default candidate: the
     * host's unqualified {@code EntityManager} would then find two. Tilmash's is for Tilmash only.
     */
    static final class OnlyForTilmash implements BeanFactoryPostProcessor, org.springframework.core.Ordered {

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
            if (beans.containsBeanDefinition(SHARED_ENTITY_MANAGER)
                    && beans.getBeanDefinition(SHARED_ENTITY_MANAGER) instanceof AbstractBeanDefinition shared) {
                shared.setDefaultCandidate(false);
            }
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }
    }
}
