package org.refundbatch.bankfeedback.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.refundbatch.bankfeedback.BankFeedback;
import org.refundbatch.bankfeedback.BankFeedbackApplier;
import org.refundbatch.bankfeedback.BankFeedbackReader;
import org.refundbatch.bankfeedback.UnreadableBankFileException;
import org.refundbatch.intake.InboxStager;
import org.refundbatch.ledger.BankFeedbackReject;
import org.refundbatch.ledger.BankFeedbackRepository;
import org.refundbatch.ledger.BankFeedbackRepository.AppliedFile;
import org.refundbatch.ledger.BankFeedbackRepository.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads the bank's feedback files at the start of a run and applies them, one file per transaction: each
 * call handles the next file this run has not handled yet, in name order, and records it with what could not be
 * applied, so a restart goes on with the next file and a file is never applied twice (its SHA-256 is applied once,
 * ever). A file that cannot be read is reported; nothing in a file fails the night. The refunds still without an
 * answer after {@code refund.settle-days} are settled by the next step ({@link SettleUnansweredTasklet}).
 */
public class BankFeedbackTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(BankFeedbackTasklet.class);

    private final LocalDate runDate;
    private final Path inbox;
    private final BankFeedbackReader reader;
    private final BankFeedbackApplier applier;
    private final BankFeedbackRepository files;

    public BankFeedbackTasklet(LocalDate runDate, Path inbox, BankFeedbackReader reader, BankFeedbackApplier applier,
                               BankFeedbackRepository files) {
        this.runDate = runDate;
        this.inbox = inbox;
        this.reader = reader;
        this.applier = applier;
        this.files = files;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        for (Path file : feedbackFiles()) {
            String name = file.getFileName().toString();
            String sha = InboxStager.sha256(file);
            if (!files.handled(runDate, name, sha)) {
                handle(file, name, sha);
                return RepeatStatus.CONTINUABLE;
            }
        }
        return RepeatStatus.FINISHED;
    }

    private void handle(Path file, String name, String sha) {
        Optional<AppliedFile> earlier = files.applied(sha);
        if (earlier.isPresent()) {
            files.record(runDate, name, sha, Status.DUPLICATE, List.of(new BankFeedbackReject(name, null,
                    "read before: the run of " + earlier.get().runDate() + " applied these bytes as "
                            + earlier.get().fileName() + "; not applied again, remove the file from the bank inbox")));
            log.info("Bank feedback {} was applied by the run of {}: not applied again", name, earlier.get().runDate());
            return;
        }
        BankFeedback feedback;
        try {
            feedback = reader.read(file);
        } catch (UnreadableBankFileException | RuntimeException e) {
            files.record(runDate, name, sha, Status.UNREADABLE, List.of(new BankFeedbackReject(name, null,
                    "cannot be read: " + e.getMessage() + "; ask the bank for the file again")));
            log.warn("Bank feedback {} cannot be read: {}", name, e.getMessage());
            return;
        }
        List<BankFeedbackReject> rejects = applier.apply(runDate, feedback);
        files.record(runDate, name, sha, Status.APPLIED, rejects);
        log.info("Bank feedback {} ({}): {} answer(s), {} not applied", name, feedback.format(),
                feedback.answers().size(), rejects.size());
    }

    /** The regular files of the bank inbox in name order; none when it does not exist. */
    private List<Path> feedbackFiles() throws IOException {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(inbox)) {
            return list.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }
}
