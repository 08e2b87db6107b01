package org.refundbatch.job;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the job on a real database, reached through {@link TestDatabase}: {@code mvn verify} runs it on
 * HSQLDB, then again on PostgreSQL (the failsafe execution {@code postgresql}, which runs this tag only).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("database")
@ExtendWith(DatabaseAvailable.class)
@ActiveProfiles(resolver = TestDatabase.Profiles.class)
@interface DatabaseTest {
}
