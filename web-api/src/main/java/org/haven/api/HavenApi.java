package org.haven.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Haven's end-user API, version 1. Callers authenticate with a bearer token (MicroProfile JWT). */
@ApplicationPath("/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.USER, Roles.CLINICIAN, Roles.SUPERVISOR, Roles.ADMIN})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Haven API",
            version = "1",
            description =
                "Journal entries for people who use Haven. Haven is software, not a crisis service."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class HavenApi extends Application {}
