package dev.paperbot.slack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The adapter only translates: it sees bot-core through the classes directly in {@code
 * dev.paperbot} (the facade and its records), never the engine or Lucene.
 */
class ArchitectureTest {

  private static final JavaClasses ADAPTER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.paperbot.slack");

  @Test
  void theAdapterDoesNotUseLucene() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("dev.paperbot.slack..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.lucene..");

    rule.check(ADAPTER);
  }

  @Test
  void theAdapterUsesOnlyTheCorePackageItselfNotItsInternals() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("dev.paperbot.slack..")
            .should()
            .dependOnClassesThat(
                JavaClass.Predicates.resideInAPackage("dev.paperbot..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("dev.paperbot"))
                    .and(JavaClass.Predicates.resideOutsideOfPackage("dev.paperbot.slack..")))
            .because("bot-core's public API is the classes directly in dev.paperbot");

    rule.check(ADAPTER);
  }
}
