/**
 * A person's rights over their data: an export of everything they wrote (JSON and CSV, made by a
 * background job, sealed until downloaded) and the deletion of their account with all of it.
 */
package org.haven.privacy;
