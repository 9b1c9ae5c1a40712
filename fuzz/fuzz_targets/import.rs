//! Arbitrary bytes as an exchange file: `cargo +nightly fuzz run import` (see `fuzz/README.md`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| ita_selfcheck_fuzz::check(data));
