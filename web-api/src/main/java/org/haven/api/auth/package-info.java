/**
 * Accounts and tokens: registration, and the built-in issuer of RS256 bearer tokens that
 * MicroProfile JWT verifies. The issuer can be switched off when an external identity provider
 * issues the tokens instead.
 */
package org.haven.api.auth;
