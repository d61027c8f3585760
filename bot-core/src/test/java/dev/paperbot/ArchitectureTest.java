package dev.paperbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays platform-neutral and layered: API records know nothing of Lucene. */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.paperbot");

  @Test
  void coreKnowsNoChatPlatform() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("net.dv8tion..", "com.slack..")
        .check(CORE);
  }

  @Test
  void theAnswerModelDoesNotLeakLucene() {
    noClasses()
        .that()
        .haveSimpleNameNotEndingWith("Test")
        .and()
        .resideInAPackage("dev.paperbot")
        .and()
        .doNotHaveSimpleName("PaperBot")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.lucene..", "com.fasterxml..")
        .check(CORE);
  }

  @Test
  void queryInterpretationDoesNotAnswer() {
    noClasses()
        .that()
        .resideInAPackage("dev.paperbot.understand..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.paperbot.decide..", "dev.paperbot.cli..")
        .check(CORE);
  }

  /**
   * The engine's stages depend only downstream: understand -> retrieve -> decide -> evidence,
   * corpus below them all; only the facade, the CLI and operations sit on top. Adapters see the API
   * package alone (their own ArchUnit tests), so the engine stays an implementation detail.
   */
  @Test
  void theEngineIsLayeredUnderTheFacade() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("API")
        .definedBy("dev.paperbot")
        .layer("CLI")
        .definedBy("dev.paperbot.cli..")
        .layer("Operations")
        .definedBy("dev.paperbot.ops..")
        .layer("Decide")
        .definedBy("dev.paperbot.decide..")
        .layer("Evidence")
        .definedBy("dev.paperbot.evidence..")
        .layer("Understand")
        .definedBy("dev.paperbot.understand..")
        .layer("Retrieve")
        .definedBy("dev.paperbot.retrieve..")
        .layer("Corpus")
        .definedBy("dev.paperbot.corpus..")
        .whereLayer("CLI")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Decide")
        .mayOnlyBeAccessedByLayers("API", "CLI", "Operations")
        .whereLayer("Evidence")
        .mayOnlyBeAccessedByLayers("Decide")
        .whereLayer("Understand")
        .mayOnlyBeAccessedByLayers("Decide", "CLI", "Operations")
        .whereLayer("Retrieve")
        .mayOnlyBeAccessedByLayers("Understand", "Decide", "Evidence", "CLI", "Operations")
        .check(CORE);
  }

  @Test
  void theStagesHaveNoCycles() {
    slices().matching("dev.paperbot.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
