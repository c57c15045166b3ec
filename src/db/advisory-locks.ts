/**
 * Classes of PostgreSQL advisory locks (the first key; the second is usually a hash of the
 * tenant id). Listed in one place so two features never pick the same number.
 */
export const ADVISORY_LOCK = {
  /**
   * Building a customer-order-totals base or writing an RFM score cache entry, exclusive;
   * order writes take it shared.
   */
  customerTotalsBuild: 74_001,
  /** Patching customer-order-totals rows after an order write. */
  customerTotalsPatch: 74_002,
  /**
   * Building or extending a base of the revenue days, exclusive; order writes and customer
   * region changes take it shared.
   */
  revenueDaysBuild: 74_003,
  /** Patching revenue-day rows after an order write or a customer region change. */
  revenueDaysPatch: 74_004,
  /** Held by the replica whose segment scheduler is looking at the schedule. */
  segmentScheduler: 74_010,
} as const;
