/** The knowledge base: bundled passages, operators' documents and retrieval through the API. */
package org.haven.it.knowledge;
