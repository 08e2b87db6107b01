package org.refundbatch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers: the refund rules ({@code policy}) stay plain Java; the features ({@code catalog}, {@code sheet},
 * {@code intake}, {@code ledger}, {@code payout}, {@code bankfeedback}, {@code feedback}, {@code files}) know
 * nothing of the job that runs them; their Spring Batch adapters ({@code <feature>.batch}) are used only by the
 * job's wiring ({@code job}); process control ({@code run}) and the commands sit on top.
 */
@AnalyzeClasses(packages = "org.refundbatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] FEATURES = {"org.refundbatch.policy..", "org.refundbatch.catalog..",
            "org.refundbatch.sheet..", "org.refundbatch.intake..", "org.refundbatch.ledger..",
            "org.refundbatch.payout..", "org.refundbatch.bankfeedback..", "org.refundbatch.feedback..",
            "org.refundbatch.files.."};

    private static final String ADAPTERS = "org.refundbatch.*.batch..";

    @ArchTest
    static final ArchRule policyUsesNoFrameworkDatabaseOrFileFormat = noClasses()
            .that().resideInAPackage("..policy..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "org.apache.poi..", "org.apache.commons.csv..")
            .because("the refund rules must be readable and testable alone (STYLE.md)");

    @ArchTest
    static final ArchRule policyDependsOnNoOtherPartOfTheProgram = noClasses()
            .that().resideInAPackage("org.refundbatch.policy..")
            .should().dependOnClassesThat(resideInAPackage("org.refundbatch..")
                    .and(not(resideInAPackage("org.refundbatch.policy.."))))
            .because("the other packages use the policy, never the other way round");

    @ArchTest
    static final ArchRule featuresDoNotKnowTheJobOrTheProcess = noClasses()
            .that().resideInAnyPackage(FEATURES)
            .should().dependOnClassesThat().resideInAnyPackage("org.refundbatch.job..", "org.refundbatch.run..",
                    "org.refundbatch.check..", "org.refundbatch.history..", "org.refundbatch.template..")
            .because("a feature is wired by the job and started by the process, never the other way round");

    @ArchTest
    static final ArchRule featureCoresDoNotUseTheirAdapters = noClasses()
            .that().resideInAnyPackage(FEATURES).and().resideOutsideOfPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(ADAPTERS)
            .because("the Spring Batch adapters sit on a feature, not under it");

    @ArchTest
    static final ArchRule adaptersAreUsedOnlyByTheWiring = classes()
            .that().resideInAPackage(ADAPTERS)
            .should().onlyHaveDependentClassesThat().resideInAnyPackage(ADAPTERS, "org.refundbatch.job..")
            .because("readers, writers, tasklets and partitioners are put together into steps by the job's wiring");

    @ArchTest
    static final ArchRule theWiringDoesNotControlTheProcess = noClasses()
            .that().resideInAPackage("org.refundbatch.job..")
            .should().dependOnClassesThat().resideInAnyPackage("org.refundbatch.run..", "org.refundbatch.check..",
                    "org.refundbatch.history..", "org.refundbatch.template..")
            .because("process control (locks, recovery, the runner) starts the job; the job does not know it");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.refundbatch.(**)")
            .should().beFreeOfCycles();
}
