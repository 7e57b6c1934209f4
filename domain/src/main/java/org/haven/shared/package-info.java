/** Building blocks every feature of the domain shares: rule violations and invariant guards. */
package org.haven.shared;
