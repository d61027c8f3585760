package dev.paperbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
