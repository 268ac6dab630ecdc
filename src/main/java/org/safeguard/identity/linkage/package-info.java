/**
 * Record linkage as plain Java, with no database and no Spring: which person records describe the same
 * real person. Open to other modules as the named interface {@code linkage} so the benchmarks and the
 * demo generator run exactly the code the service runs.
 *
 * <h2>The method (Fellegi–Sunter)</h2>
 * A pair of records is compared field by field ({@link org.safeguard.identity.linkage.Comparison}); each
 * comparison lands in one level (for a family name: the same, a slip of typing, sounds alike, …). Each level
 * has an <em>m</em> probability (how often a true match lands there) and a <em>u</em> probability (how often two
 * different people do). The pair's match weight is the prior log-odds plus the sum of log2(m/u) over the
 * comparisons; a missing value adds nothing. Agreeing exactly on a name adds more for a rare name than for
 * a common one (term-frequency adjustment). Two records at one address are weighed against two people of one
 * household on what a household shares (family name, phone), not against strangers. The m and u
 * probabilities and the prior are estimated from the data, never typed in
 * ({@link org.safeguard.identity.linkage.LinkageModel#train}): u from pairs drawn at random; the m of every
 * comparison but the date by expectation–maximisation over pairs born the same day (strangers born the same
 * day are as unlike as any two); the date's m and a household's u over pairs at one address; the prior as the
 * matches born the same day, over the m of "the same date of birth" and the share of pairs with both dates,
 * over all pairs. Training refuses records too few for any of these steps. A trained model is stored with a
 * version and the method of comparing it was trained for. Names are prepared by
 * {@link org.safeguard.identity.linkage.NameForms} (accents, punctuation, short forms from
 * {@code identity/linkage/short-forms.txt}, Double Metaphone, Jaro–Winkler).
 *
 * <h2>Blocking</h2>
 * No step compares all pairs: candidate pairs are only those sharing a key of one of the
 * {@link org.safeguard.identity.linkage.BlockingRule}s; a pair found by an earlier rule is not compared again,
 * and a block larger than {@link org.safeguard.identity.linkage.Blocking#MAX_BLOCK} is not compared within
 * itself. A key depends on its record alone, so keys are stored and looked up for a record typed at intake.
 * Each candidate pair belongs to the partition of the hash of the block key that first found it, so a batch
 * run can go partition by partition.
 *
 * <h2>Decisions</h2>
 * {@link org.safeguard.identity.linkage.Thresholds}: at or above the upper threshold a pair is linked
 * automatically, between the two it goes to a specialist's review queue, below it nothing happens.
 * {@link org.safeguard.identity.linkage.Thresholds#decide(MatchScore)} adds one safeguard: a pair whose family
 * names disagree (a married name, or two women sharing a given name and a date of birth) is linked
 * automatically only when an address, a phone or an identifier backs it; otherwise it goes to review.
 */
@org.springframework.modulith.NamedInterface("linkage")
package org.safeguard.identity.linkage;
