package org.refundbatch.bankfeedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.refundbatch.ledger.BankFeedbackReject;
import org.refundbatch.ledger.PaymentAttempt;
import org.refundbatch.ledger.PaymentRepository;
import org.refundbatch.ledger.RefundEventRepository;
import org.refundbatch.ledger.Transition;
import org.refundbatch.policy.RefundState;

/**
 * Applies the bank's answers to the refunds they name, by EndToEndId (DESIGN §8): a rejection or a return moves
 * a {@code SENT} refund (or, for a return, a {@code SETTLED} one) to {@code RETURNED} with the bank's reason; an
 * acceptance moves a {@code SENT} refund to {@code SETTLED}; a pending answer changes nothing. What cannot be
 * matched — an unknown EndToEndId, a refund paid again since, a state the answer cannot apply to, an amount
 * other than the one paid — is reported, never guessed.
 */
public class BankFeedbackApplier {

    private final PaymentRepository payments;
    private final RefundEventRepository events;

    public BankFeedbackApplier(PaymentRepository payments, RefundEventRepository events) {
        this.payments = payments;
        this.events = events;
    }

    /** Applies the file's answers in the caller's transaction and returns what could not be applied. */
    public List<BankFeedbackReject> apply(LocalDate runDate, BankFeedback feedback) {
        List<BankFeedbackReject> rejects = new ArrayList<>();
        if (feedback.groupOutcome() == BankAnswer.Outcome.REJECTED) {
            List<PaymentAttempt> attempts = feedback.originalMessageId() == null ? List.of()
                    : payments.ofMessage(feedback.originalMessageId());
            if (attempts.isEmpty()) {
                rejects.add(new BankFeedbackReject(feedback.fileName(), null, "the bank rejected message "
                        + feedback.originalMessageId() + " as a whole, but no bank file of this program has that"
                        + " message id: check the file is meant for this account"));
            }
            for (PaymentAttempt attempt : attempts) {
                answer(runDate, feedback.fileName(), attempt, new BankAnswer(attempt.endToEndId(),
                        BankAnswer.Outcome.REJECTED, feedback.groupReasonCode(), feedback.groupReasonText(), null),
                        rejects);
            }
        }
        for (BankAnswer answer : feedback.answers()) {
            Optional<PaymentAttempt> attempt = payments.byEndToEndId(answer.endToEndId());
            if (attempt.isEmpty()) {
                rejects.add(new BankFeedbackReject(feedback.fileName(), answer.endToEndId(), "unknown EndToEndId: no"
                        + " transfer of this program has it; check the answer with the bank"));
            } else {
                answer(runDate, feedback.fileName(), attempt.get(), answer, rejects);
            }
        }
        return rejects;
    }

    private void answer(LocalDate runDate, String fileName, PaymentAttempt attempt, BankAnswer answer,
                        List<BankFeedbackReject> rejects) {
        if (answer.outcome() == BankAnswer.Outcome.PENDING) {
            return;
        }
        if (answer.amount() != null && answer.amount().compareTo(attempt.amount()) != 0) {
            rejects.add(new BankFeedbackReject(fileName, answer.endToEndId(), "the bank names "
                    + answer.amount().toPlainString() + " but " + attempt.amount().toPlainString() + " was paid to"
                    + " refund " + attempt.refundId() + ": not applied, check the answer with the bank"));
            return;
        }
        List<PaymentAttempt> all = payments.ofRefund(attempt.refundId());
        if (all.get(all.size() - 1).attemptNo() != attempt.attemptNo()) {
            rejects.add(new BankFeedbackReject(fileName, answer.endToEndId(), "refund " + attempt.refundId()
                    + " was paid again since (attempt " + all.size() + "): an answer for attempt "
                    + attempt.attemptNo() + " is not applied"));
            return;
        }
        RefundState state = events.state(attempt.refundId());
        if (answer.outcome() == BankAnswer.Outcome.ACCEPTED && state == RefundState.SETTLED) {
            return; // a booking after the status report accepted it, as banks send both: nothing new
        }
        RefundState to = answer.outcome() == BankAnswer.Outcome.ACCEPTED ? RefundState.SETTLED : RefundState.RETURNED;
        // a settled transfer may still come back, rejected or returned: the money is owed again (DESIGN §8)
        boolean allowed = to == RefundState.SETTLED ? state == RefundState.SENT : state.canMoveTo(to);
        if (!allowed) {
            rejects.add(new BankFeedbackReject(fileName, answer.endToEndId(), "refund " + attempt.refundId()
                    + " is " + state + ": a " + answer.outcome() + " answer does not apply to it"));
            return;
        }
        events.move(new Transition(attempt.refundId(), state, to, runDate, fileName, null, answer.reasonCode(),
                answer.reasonText(), attempt.iban()));
    }
}
