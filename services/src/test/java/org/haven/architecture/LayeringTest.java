package org.haven.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.Serializable;

/** The dependency rules of the domain and services modules, checked on every build. */
@AnalyzeClasses(packages = "org.haven", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  /** The domain module's packages: aggregates and values, no use cases. */
  private static final String[] DOMAIN = {
    "org.haven.entry",
    "org.haven.account",
    "org.haven.clinician",
    "org.haven.crisis",
    "org.haven.shared"
  };

  @ArchTest
  static final ArchRule the_domain_knows_nothing_of_the_use_cases_around_it =
      classes()
          .that()
          .resideInAnyPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.haven.entry",
              "org.haven.account",
              "org.haven.clinician",
              "org.haven.crisis",
              "org.haven.shared",
              "java..",
              "jakarta.persistence..");

  @ArchTest
  static final ArchRule features_do_not_depend_on_each_other_in_a_cycle =
      slices().matching("org.haven.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule nothing_uses_java_serialisation =
      noClasses()
          .that()
          .areNotAssignableTo(Throwable.class)
          .and()
          .areNotEnums()
          .should()
          .implement(Serializable.class)
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.io.ObjectInputStream");

  @ArchTest
  static final ArchRule nothing_prints_to_the_console =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err");
}
