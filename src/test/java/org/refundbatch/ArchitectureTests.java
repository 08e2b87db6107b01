package org.refundbatch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The refund rules stay plain Java, readable and testable without the framework or the file formats. */
@AnalyzeClasses(packages = "org.refundbatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

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
}
