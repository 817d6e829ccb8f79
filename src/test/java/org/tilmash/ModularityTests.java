package org.tilmash;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.tilmash.content.ContentEditing;
import org.tilmash.content.SectionEditing;

/**
 * The module rules of ARCHITECTURE.md: Spring Modulith's verification (allowed dependencies, no cycles, only the
 * modules' APIs used) plus what it does not check by itself.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TilmashApplication.class);
    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
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

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules)
                .writeDocumentation()
                .writeModuleCanvases()
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
