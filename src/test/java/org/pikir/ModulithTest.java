package org.pikir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules (direct sub-packages of {@code org.pikir}) as Spring Modulith sees them: no cycles,
 * only module APIs (base packages and named interfaces) used from outside, and the analysis engine below every
 * feature. Also writes the module diagrams into {@code docs/modules} (see docs/team-guide.md).
 */
class ModulithTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PikirApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theAnalysisEngineKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.pikir.analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.pikir.appeal..",
                        "org.pikir.consultation..",
                        "org.pikir.petition..",
                        "org.pikir.consideration..",
                        "org.pikir.comparison..",
                        "org.pikir.search..",
                        "org.pikir.notification..",
                        "org.pikir.api..",
                        "org.pikir.shell..")
                .because("features depend on the engine, never the reverse (docs/adr/0001-module-direction.md)")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.pikir.analysis"));
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(
                        MODULES,
                        Documenter.Options.defaults()
                                .withOutputFolder(Path.of("docs", "modules").toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
