/**
 * Administration over the API, for staff tokens with the ADMIN role: data keys and their
 * re-encryption, and verification of the audit chain.
 */
package org.haven.api.admin;
