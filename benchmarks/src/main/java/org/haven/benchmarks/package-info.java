/** JMH benchmarks of Haven's hot paths, measured single-threaded on the machine they run on. */
package org.haven.benchmarks;
