/** The psychology knowledge base: passages, their domains, contraindications and citations. */
package org.haven.support.knowledge;
