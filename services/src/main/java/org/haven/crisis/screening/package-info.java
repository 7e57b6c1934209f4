/**
 * Crisis screening: the deterministic floor (text normalisation and a reviewed rule book with
 * context handling) that runs on every text, in process, with no network and no model, and the
 * combination with the learned layer on top of it.
 */
package org.haven.crisis.screening;
