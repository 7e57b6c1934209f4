package org.haven.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Clinicians sign in with the passwords stored (as PBKDF2 hashes) in the clinician table; their
 * roles come from clinician_role. The login page is a Vaadin view.
 */
@ApplicationScoped
@DeclareRoles({ConsoleRoles.CLINICIAN, ConsoleRoles.SUPERVISOR, ConsoleRoles.ADMIN})
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "jdbc/haven",
    callerQuery = "SELECT password_hash FROM clinician WHERE username = ?",
    groupsQuery =
        "SELECT r.role FROM clinician_role r JOIN clinician c ON c.id = r.clinician_id WHERE c.username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class)
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
public class ConsoleIdentity {}
