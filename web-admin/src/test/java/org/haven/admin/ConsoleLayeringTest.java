package org.haven.admin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/** Every console view states who may see it, and views never reach past the use cases. */
@AnalyzeClasses(packages = "org.haven.admin", importOptions = ImportOption.DoNotIncludeTests.class)
class ConsoleLayeringTest {

  @ArchTest
  static final ArchRule every_route_declares_its_audience =
      classes()
          .that()
          .areAnnotatedWith(Route.class)
          .should()
          .beAnnotatedWith(RolesAllowed.class)
          .orShould()
          .beAnnotatedWith(AnonymousAllowed.class)
          .orShould()
          .beAnnotatedWith(PermitAll.class);

  @ArchTest
  static final ArchRule views_do_not_touch_the_database =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "java.sql..");
}
