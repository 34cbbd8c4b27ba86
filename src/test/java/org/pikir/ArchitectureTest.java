package org.pikir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules Spring Modulith does not check ({@link ModulithTest} checks module boundaries and cycles): no Vaadin
 * outside views, the shared kernel depends on no module, only views use the shell, and the engine's core is plain
 * Java (usable by the CLI without Spring).
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pikir");
    }

    @Test
    void servicesAndDomainHaveNoVaadinImports() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "org.pikir.shell..", "org.pikir.shared.i18n..")
                .and()
                .doNotHaveSimpleName("SecurityConfig")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .because("views are thin; domain logic and services must not depend on the UI framework")
                .check(classes);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.pikir.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.pikir.country..",
                        "org.pikir.account..",
                        "org.pikir.consultation..",
                        "org.pikir.appeal..",
                        "org.pikir.petition..",
                        "org.pikir.analysis..",
                        "org.pikir.search..",
                        "org.pikir.consideration..",
                        "org.pikir.comparison..",
                        "org.pikir.shell..")
                .check(classes);
    }

    @Test
    void noFeatureDependsOnTheShellExceptViews() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "org.pikir.shell..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.pikir.shell..")
                .check(classes);
    }

    @Test
    void analysisCoreIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("org.pikir.analysis..")
                .and()
                .resideOutsideOfPackages("org.pikir.analysis.service..")
                .and()
                .doNotHaveSimpleName("package-info")
                .and()
                .haveSimpleNameNotEndingWith("Service")
                .and()
                .haveSimpleNameNotEndingWith("Config")
                .and()
                .haveSimpleNameNotEndingWith("DemoData")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
