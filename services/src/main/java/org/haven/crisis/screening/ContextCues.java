package org.haven.crisis.screening;

import java.util.regex.Pattern;

/**
 * Patterns that change what a signal means: idioms that mask it, negation just before it, someone
 * else as its subject, fiction or study around it, the long past (unless the same sentence says it
 * is happening again), and protective factors.
 */
record ContextCues(
    AnchoredPattern idioms,
    Pattern negationBefore,
    Pattern thirdPerson,
    Pattern firstPerson,
    AnchoredPattern fiction,
    AnchoredPattern past,
    AnchoredPattern recent,
    AnchoredPattern protective) {}
