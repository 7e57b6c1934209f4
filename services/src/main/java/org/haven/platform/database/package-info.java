/**
 * The database Haven runs on: the embedded PostgreSQL of the development default, and the schema
 * migrations that run before anything else touches the data.
 */
package org.haven.platform.database;
