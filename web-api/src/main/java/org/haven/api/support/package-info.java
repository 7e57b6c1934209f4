/** The support a person gets for an entry: read it, or follow it as server-sent events. */
package org.haven.api.support;
