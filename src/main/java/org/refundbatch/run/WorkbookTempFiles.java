package org.refundbatch.run;

import java.nio.file.Path;

import org.refundbatch.job.RefundProperties;
import org.refundbatch.payout.PoiTempFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** POI's temporary files under {@code <refund.home>/tmp}, the job user's only, emptied at each start. */
@Configuration(proxyBeanMethods = false)
class WorkbookTempFiles {

    private static final Logger log = LoggerFactory.getLogger(WorkbookTempFiles.class);

    /** The folder POI writes its temporary files to. */
    record Folder(Path dir) {
    }

    @Bean
    Folder workbookTempFolder(RefundProperties properties) {
        Path dir = properties.home().resolve("tmp");
        int leftovers = PoiTempFiles.useFolder(dir);
        if (leftovers > 0) {
            log.info("Deleted {} temporary workbook file(s) an earlier run left in {}", leftovers, dir);
        }
        return new Folder(dir);
    }
}
