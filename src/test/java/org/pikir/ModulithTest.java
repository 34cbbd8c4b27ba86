package org.pikir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
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

    /**
     * Modulith lists events and dependencies in no fixed order, so the diagrams are generated into
     * {@code target/} and copied into {@code docs/modules} only when their content (as a set of lines) changed:
     * a run on an unchanged tree leaves the committed files alone.
     */
    @Test
    void writesTheModuleDiagrams() throws IOException {
        Path generated = Path.of("target", "modules-generated");
        Path docs = Path.of("docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(docs);
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.toList()) {
                Path target = docs.resolve(file.getFileName());
                if (!Files.exists(target) || !sortedLines(target).equals(sortedLines(file))) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(docs.resolve("components.puml")).exists();
        MODULES.forEach(module -> assertThat(docs.resolve("module-" + module.getIdentifier() + ".puml"))
                .as(module.getIdentifier().toString())
                .exists());
    }

    private static List<String> sortedLines(Path file) throws IOException {
        // a list's first item carries the table cell's "|", wherever the item lands
        return Files.readAllLines(file).stream()
                .map(line -> line.startsWith("|* ") ? line.substring(1) : line)
                .sorted()
                .toList();
    }
}
