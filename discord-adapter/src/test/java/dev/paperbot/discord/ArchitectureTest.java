package dev.paperbot.discord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapter translates; searching and answering stay in bot-core behind {@code dev.paperbot}. */
class ArchitectureTest {
  private static JavaClasses adapter;

  @BeforeAll
  static void importAdapter() {
    adapter =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.paperbot.discord");
  }

  @Test
  void theAdapterDoesNotImportLucene() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .because("the index is bot-core's business; the adapter only calls PaperBot")
        .check(adapter);
  }

  @Test
  void theAdapterUsesOnlyTheDevPaperbotPackageOfBotCore() {
    DescribedPredicate<JavaClass> coreInternals =
        DescribedPredicate.describe(
            "bot-core internals (dev.paperbot.* other than package dev.paperbot itself)",
            c ->
                c.getPackageName().startsWith("dev.paperbot.")
                    && !c.getPackageName().equals("dev.paperbot.discord")
                    && !c.getPackageName().startsWith("dev.paperbot.discord."));
    noClasses()
        .should()
        .dependOnClassesThat(coreInternals)
        .because("bot-core's public API is the dev.paperbot package")
        .check(adapter);
  }

  @Test
  void onlyTheRendererBuildsEmbeds() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.paperbot.discord.render..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("net.dv8tion.jda.api.EmbedBuilder")
        .because("embeds are built in one place, the renderer, which escapes everything")
        .check(adapter);
  }
}
