package org.refundbatch.run;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The run lock in the database, and its check before every step and every chunk commit. */
@Configuration(proxyBeanMethods = false)
class RunLockConfiguration {

    @Bean
    DatabaseRunLock databaseRunLock(DataSource dataSource, JdbcTemplate jdbc,
                                    PlatformTransactionManager transactionManager) {
        return DatabaseRunLock.of(dataSource, new RunLockTable(jdbc, transactionManager));
    }

    /** The run lock checked before every step and every chunk commit (see {@link RunLockChecks}). */
    @Bean
    static RunLockChecks runLockChecks(ObjectProvider<DatabaseRunLock> databaseRunLock) {
        return new RunLockChecks(databaseRunLock);
    }
}
