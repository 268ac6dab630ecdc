/**
 * Retention review, privately: the review periods by record type ({@code safeguard.retention.review-after.*}, MoPI
 * defaults), when a record is due ({@link org.safeguard.access.retention.ReviewSchedule}, plain Java) and the
 * append-only store of keeping decisions ({@code access.retention_review}). The facade is
 * {@link org.safeguard.access.RetentionReviews}; the records come from every
 * {@link org.safeguard.access.ReviewableRecords} bean. Nothing here deletes anything.
 */
package org.safeguard.access.retention;
