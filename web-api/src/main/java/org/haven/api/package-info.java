/**
 * The end-user API under /api/v1: its application class, security model and OpenAPI description.
 */
package org.haven.api;
