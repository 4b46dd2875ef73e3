package cn.county.reelection.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The feature packages under cn.county.reelection depend on each other one way only: a cycle would tie two
 * features together so that neither can change or be tested alone.
 */
@AnalyzeClasses(packages = "cn.county.reelection", importOptions = ImportOption.DoNotIncludeTests.class)
class NoPackageCyclesTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("cn.county.reelection.(*)..").should().beFreeOfCycles();
}
