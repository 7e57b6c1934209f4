/** MicroProfile Health checks: ready only when the database answers and the schema is migrated. */
package org.haven.api.health;
