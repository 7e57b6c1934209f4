/** The knowledge base for administrators: operators' documents and a retrieval check. */
package org.haven.api.knowledge;
