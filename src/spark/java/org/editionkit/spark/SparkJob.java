package org.editionkit.spark;

import java.io.Serializable;

/**
 * What every task of one Spark build needs to know, sent from the driver with the tasks.
 * {@code output} is a Hadoop path (file://, hdfs://, s3a://). {@code buildHash} is the driver's
 * fingerprint, so every executor records the same one. {@code crashFirstAttemptOf} names a
 * document whose first attempt dies half-way through writing its outputs (tests of retries
 * only; null otherwise).
 */
record SparkJob(String output, String buildHash, boolean force, long maxInputBytes, String crashFirstAttemptOf)
        implements Serializable {
}
