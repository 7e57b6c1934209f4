package org.haven.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every system test: the EAR exactly as built, deployed by Arquillian to the one managed
 * Liberty that all test classes share. Tests call it from outside, as clients do.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedHaven {

  @Deployment(testable = false)
  public static EnterpriseArchive haven() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("haven.it.ear")));
  }

  protected static String baseUrl() {
    return System.getProperty("haven.it.base-url");
  }
}
