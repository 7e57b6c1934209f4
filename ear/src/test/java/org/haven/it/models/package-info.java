/** System tests of the model registry: activation, rollback and refusal of corrupted artifacts. */
package org.haven.it.models;
