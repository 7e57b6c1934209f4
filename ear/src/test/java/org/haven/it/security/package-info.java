/** System tests of encryption at rest, key rotation, the audit chain and rate limits. */
package org.haven.it.security;
