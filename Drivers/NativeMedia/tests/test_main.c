/* test_main.c - runs every group of the native media path's tests; cmocka prints the counts per group. */
#include "test_support.h"

extern const struct CMUnitTest avi_tests[];
extern const size_t avi_test_count;
extern const struct CMUnitTest recorder_tests[];
extern const size_t recorder_test_count;
extern const struct CMUnitTest fault_tests[];
extern const size_t fault_test_count;

int main(void)
{
    int failed = 0;
    failed += _cmocka_run_group_tests("nm_avi", avi_tests, avi_test_count, NULL, NULL);
    failed += _cmocka_run_group_tests("nm_recorder", recorder_tests, recorder_test_count, NULL, NULL);
    failed += _cmocka_run_group_tests("nm_faults", fault_tests, fault_test_count, NULL, NULL);
    return failed == 0 ? 0 : 1;
}
