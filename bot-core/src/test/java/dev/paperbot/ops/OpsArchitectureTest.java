package dev.paperbot.ops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Operations wrap the engine from outside: the engine never learns about ports, meters or SQL. */
class OpsArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.paperbot");

  @Test
  void theEngineKnowsNothingOfOperationsOrTheCli() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.paperbot.decide..",
            "dev.paperbot.understand..",
            "dev.paperbot.retrieve..",
            "dev.paperbot.evidence..",
            "dev.paperbot.corpus..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.paperbot.ops..",
            "dev.paperbot.cli..",
            "org.eclipse.jetty..",
            "java.sql..",
            "picocli..",
            "org.jline..")
        .check(CORE);
  }

  @Test
  void operationsDoNotReachIntoTheCli() {
    noClasses()
        .that()
        .resideInAPackage("dev.paperbot.ops..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.paperbot.cli..", "picocli..", "org.jline..")
        .check(CORE);
  }
}
