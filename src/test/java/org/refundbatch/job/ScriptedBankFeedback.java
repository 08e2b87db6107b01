package org.refundbatch.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.refundbatch.bankfeedback.BankAnswer;
import org.refundbatch.bankfeedback.BankFeedback;
import org.refundbatch.bankfeedback.BankFeedbackReader;
import org.refundbatch.bankfeedback.UnreadableBankFileException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Test configuration whose bank feedback reader answers what a test scripted for a file name, so a job test
 * can drop a bank file without writing its ISO 20022 XML; a file with no script cannot be read.
 */
@TestConfiguration(proxyBeanMethods = false)
class ScriptedBankFeedback {

    /** The answers of each file name. */
    static final class Script implements BankFeedbackReader {
        private final Map<String, BankFeedback> files = new ConcurrentHashMap<>();

        void answers(String fileName, BankAnswer... answers) {
            files.put(fileName, new BankFeedback(fileName, "not-used", "pain.002.001.10", "MSG-" + fileName, null,
                    null, null, null, List.of(answers)));
        }

        void groupRejection(String fileName, String originalMessageId, String code, String text) {
            files.put(fileName, new BankFeedback(fileName, "not-used", "pain.002.001.10", "MSG-" + fileName,
                    originalMessageId, BankAnswer.Outcome.REJECTED, code, text, List.of()));
        }

        void clear() {
            files.clear();
        }

        @Override
        public BankFeedback read(Path file) throws UnreadableBankFileException {
            BankFeedback feedback = files.get(file.getFileName().toString());
            if (feedback == null) {
                throw new UnreadableBankFileException(file.getFileName() + ": not a bank feedback message");
            }
            return feedback;
        }
    }

    @Bean
    @Primary
    Script scriptedBankFeedbackReader() {
        return new Script();
    }
}
