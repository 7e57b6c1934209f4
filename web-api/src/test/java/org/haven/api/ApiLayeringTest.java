package org.haven.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The API is a boundary: it translates HTTP to use cases and never reaches past them. */
@AnalyzeClasses(packages = "org.haven.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiLayeringTest {

  @ArchTest
  static final ArchRule resources_go_through_use_cases_not_the_database =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "java.sql..");

  @ArchTest
  static final ArchRule api_features_have_no_cycles =
      slices().matching("org.haven.api.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule nothing_prints_to_the_console =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err");
}
