package org.tilmash;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noConstructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RestController;
import org.tilmash.content.ContentEditing;
import org.tilmash.content.SectionEditing;

/**
 * The module rules of ARCHITECTURE.md: Spring Modulith's verification (allowed dependencies, no cycles, only the
 * modules' APIs used) plus what it does not check by itself.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TilmashApplication.class);
    // Spring AOT's generated classes (the fast start's __BeanDefinitions, __AotRepository) are Spring's code, not ours.
    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .withImportOption(location -> !location.contains("__"))
            .importPackages("org.tilmash");

    @Test
    void modulesRespectTheirBoundariesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void onlyTheWorkflowWritesContent() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.tilmash.content..", "org.tilmash.workflow..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(ContentEditing.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(SectionEditing.class)
                .because("the workflow is the only writer of editorial state")
                .check(production);
    }

    @Test
    void entitiesStayInsideTheirModule() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .because("modules hand each other view records, never JPA entities")
                .check(production);
    }

    @Test
    void controllersNeverHandEntitiesToTemplates() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .because("templates, which themes override from disk, see only documented view models")
                .check(production);
    }

    /**
     * Inside a host whose database is not Tilmash's ({@code tilmash.database.data-source}), a plain
     * {@code @Transactional}, an injected {@code EntityManager} or the application's data source would work in the
     * host's database: modules take all of them from {@link TilmashDatabase}.
     */
    @Test
    void modulesWorkInTilmashsDatabaseNeverTheApplicationsByDefault() {
        DescribedPredicate<JavaAnnotation<?>> applicationsTransactions = DescribedPredicate.describe(
                "@Transactional or @ApplicationModuleListener",
                annotation -> annotation.getRawType().isEquivalentTo(Transactional.class)
                        || annotation.getRawType().isEquivalentTo(ApplicationModuleListener.class));
        String because = "@TilmashTransactional and @TilmashEventListener name Tilmash's transaction manager";
        noClasses()
                .that()
                .areNotAnnotations()
                .should()
                .beAnnotatedWith(applicationsTransactions)
                .because(because)
                .check(production);
        noMethods()
                .should()
                .beAnnotatedWith(applicationsTransactions)
                .because(because)
                .check(production);
        noConstructors()
                .that()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage("org.tilmash")
                .should(takeAny(
                        DataSource.class,
                        EntityManager.class,
                        EntityManagerFactory.class,
                        JdbcTemplate.class,
                        TransactionTemplate.class,
                        PlatformTransactionManager.class))
                .because("TilmashDatabase gives the ones of Tilmash's database")
                .check(production);
    }

    private static ArchCondition<JavaConstructor> takeAny(Class<?>... types) {
        Set<String> names = Arrays.stream(types).map(Class::getName).collect(Collectors.toSet());
        return new ArchCondition<>("take any of " + names) {
            @Override
            public void check(JavaConstructor constructor, ConditionEvents events) {
                constructor.getRawParameterTypes().stream()
                        .filter(type -> names.contains(type.getName()))
                        .forEach(type -> events.add(SimpleConditionEvent.satisfied(
                                constructor, constructor.getFullName() + " takes " + type.getName())));
            }
        };
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules)
                .writeDocumentation()
                .writeModuleCanvases()
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
