package org.refundbatch.intake;

import java.nio.file.Path;

/** A sheet of tonight's inbox, copied into the run's work folder, in the order the run reads it. */
public record StagedSheet(int fileSeq, String fileName, Path path) {
}
