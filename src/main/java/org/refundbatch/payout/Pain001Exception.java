package org.refundbatch.payout;

/** A payment that must not reach the bank file, or a file whose totals do not add up; no file is left behind. */
public class Pain001Exception extends RuntimeException {

    public Pain001Exception(String message) {
        super(message);
    }
}
