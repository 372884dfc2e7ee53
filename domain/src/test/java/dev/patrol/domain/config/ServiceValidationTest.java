package dev.patrol.domain.config;

import static dev.patrol.domain.config.ConfigFixtures.repeat;
import static dev.patrol.domain.config.ConfigFixtures.validService;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patrol.ports.config.ServiceConfig;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The service rules of spec §1.7 (checklist 19–22) and the fixes of product.md F10. */
class ServiceValidationTest {

    private static final String INVALID_NAME =
            "Service was invalid, it must not contain '/', '..', whitespace or control characters";

    private static void assertError(String want, ServiceConfig.Builder service) {
        assertEquals(Optional.of(want), ServiceValidator.validate(service.build()));
    }

    private static void assertValid(ServiceConfig.Builder service) {
        assertEquals(Optional.empty(), ServiceValidator.validate(service.build()));
    }

    // Checklist 19.
    @Test
    void givenNothingSet_validate_reportsManagementInvalid() {
        assertError("Service Management was invalid, please select a method!", ServiceConfig.builder());
    }

    @Test
    void givenManagementOnly_validate_reportsServiceEmpty() {
        assertError("Service was empty", ServiceConfig.builder().management(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, -1})
    void givenManagementOutOfRange_validate_reportsManagementInvalid(int management) {
        assertError("Service Management was invalid, please select a method!", validService().management(management));
    }

    // Checklist 20.
    @Test
    void givenServiceOf64Bytes_validate_reportsServiceTooLong() {
        assertError("Service was longer than 63 bytes", ServiceConfig.builder().management(1).service(repeat('a', 64)));
    }

    @Test
    void givenServiceOf63Bytes_validate_reportsNameEmpty() {
        assertError("Service Name was empty", ServiceConfig.builder().management(1).service(repeat('a', 63)));
    }

    // Checklist 21.
    @Test
    void givenNameOf256Bytes_validate_reportsNameTooLong() {
        assertError("Service Name was longer than 255 bytes", validService().name(repeat('a', 256)));
    }

    @Test
    void givenNameOf255Bytes_validate_isValid() {
        assertValid(validService().name(repeat('a', 255)));
    }

    @Test
    void givenSecretOf129Bytes_validate_reportsSecretTooLong() {
        assertError("Secret Longer than 128 bytes", validService().secret(repeat('s', 129)));
    }

    // Checklist 22, for each of the four lists in turn.
    @Test
    void givenEachIgnoreList_validate_rejectsZeroAndDuplicatesAndAcceptsOthers() {
        List<BiFunction<ServiceConfig.Builder, List<Integer>, ServiceConfig.Builder>> lists = List.of(
                ServiceConfig.Builder::ignoreExitCodesStart,
                ServiceConfig.Builder::ignoreExitCodesStatus,
                ServiceConfig.Builder::ignoreExitCodesStop,
                ServiceConfig.Builder::ignoreExitCodesRestart);
        ServiceConfig.Builder service = validService();
        for (var list : lists) {
            assertError("Service contained an Invalid Exit Code", list.apply(service, List.of(0)));
            assertError("Service contained a Duplicate Exit Code", list.apply(service, List.of(1, 1)));
            list.apply(service, List.of(2));
            assertValid(service);
        }
    }

    @Test
    void givenDuplicateBeforeZero_validate_reportsTheFirstOffendingElement() {
        assertError("Service contained a Duplicate Exit Code", validService().ignoreExitCodesStart(List.of(1, 1, 0)));
        assertError("Service contained an Invalid Exit Code", validService().ignoreExitCodesStart(List.of(1, 0, 1)));
    }

    @Test
    void givenSameCodeInDifferentLists_validate_isValid() {
        assertValid(validService().ignoreExitCodesStart(List.of(3)).ignoreExitCodesStop(List.of(3)));
    }

    // Per-operation management (spec §1.7; product.md F10 honours management-restart alone).

    @Test
    void givenAllFourPerOperationMethods_validate_isValid() {
        assertValid(perOperation(1, 2, 1, 2));
    }

    @Test
    void givenPerOperationMissingStart_validate_reportsStartInvalid() {
        assertError("Service Management Start was invalid, please select a method!", perOperation(0, 1, 1, 1));
    }

    @Test
    void givenPerOperationMissingStatus_validate_reportsStatusInvalid() {
        assertError("Service Management Status was invalid, please select a method!", perOperation(1, 0, 1, 1));
    }

    @Test
    void givenPerOperationMissingStop_validate_reportsStopInvalid() {
        assertError("Service Management Stop was invalid, please select a method!", perOperation(1, 1, 3, 1));
    }

    @Test
    void givenPerOperationMissingRestart_validate_reportsRestartInvalid() {
        assertError("Service Management Restart was invalid, please select a method!", perOperation(1, 1, 1, 0));
    }

    @Test
    void givenOnlyManagementRestart_validate_usesThePerOperationBranch() {
        // The original ignored management-restart here and reported "Service Management was invalid".
        assertError("Service Management Start was invalid, please select a method!", perOperation(0, 0, 0, 1));
    }

    @Test
    void givenManagementSet_validate_ignoresPerOperationValues() {
        assertValid(validService().management(2).managementStart(9).managementRestart(-4));
    }

    // Service name (product.md F10, spec §12.22).

    @ParameterizedTest
    @ValueSource(strings = {"../../bin/x", "a/b", "/ssh", "a..b", "..", ".", "ss h", "ssh\t", "ssh\n", "\u0000ssh",
            "ssh\u007f", "ssh\u0085", "a\u00a0b", "a\u2003b", "a\u3000b"})
    void givenTraversingOrSplittingServiceName_validate_reportsServiceInvalid(String service) {
        assertError(INVALID_NAME, validService().service(service));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssh", "nginx.service", ".hidden", "a.b.c", "php7.4-fpm", "postgresql@14-main", "dæmon"})
    void givenOrdinaryServiceName_validate_isValid(String service) {
        assertValid(validService().service(service));
    }

    @Test
    void givenTooLongServiceWithSlash_validate_reportsLengthFirst() {
        assertError("Service was longer than 63 bytes", validService().service("/" + repeat('a', 63)));
    }

    @Test
    void givenInvalidServiceNameAndNoDisplayName_validate_reportsServiceInvalidFirst() {
        assertError(INVALID_NAME, validService().service("a/b").name(""));
    }

    private static ServiceConfig.Builder perOperation(int start, int status, int stop, int restart) {
        return validService().management(0).managementStart(start).managementStatus(status)
                .managementStop(stop).managementRestart(restart);
    }
}
