package org.refundbatch.ledger;

/** A refund as the listings of refunds open each row with it: its id, the student and the enrolment refunded. */
public interface ListedRefund {

    String refundId();

    String studentId();

    String lastName();

    String firstName();

    String microCredential();

    String academicYear();
}
