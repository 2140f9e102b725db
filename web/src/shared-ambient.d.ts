// The organiser's rule picker loads the shared screening ruleset, whose libraries ship no types;
// shared declares them in script files (ambient modules), which only a reference can bring in.
// oxlint-disable-next-line typescript/triple-slash-reference
/// <reference path="../../shared/src/screening/climate/tgwf-co2.d.ts" />
// oxlint-disable-next-line typescript/triple-slash-reference
/// <reference path="../../shared/src/screening/sovereignty/spdx-expression-parse.d.ts" />
