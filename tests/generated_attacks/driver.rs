//! The driver: proptest's runner on a fixed seed, the saved regressions replayed first, and
//! each property's count of cases written where scripts/test.sh prints it.

use std::{fmt::Debug, fs, path::PathBuf};

use proptest::{
    strategy::Strategy,
    test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner},
};

/// The same cases on every run and every machine.
const SEED: [u8; 32] = *b"manchette generated attacks 2026";

/// An input a property takes, as it is saved when it fails.
pub trait Fixture: Debug + Sized {
    fn to_bytes(&self) -> Vec<u8>;
    fn from_bytes(bytes: &[u8]) -> Self;
}

impl Fixture for Vec<u8> {
    fn to_bytes(&self) -> Vec<u8> {
        self.clone()
    }
    fn from_bytes(bytes: &[u8]) -> Self {
        bytes.to_vec()
    }
}

impl Fixture for String {
    fn to_bytes(&self) -> Vec<u8> {
        self.clone().into_bytes()
    }
    fn from_bytes(bytes: &[u8]) -> Self {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

fn regressions_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/regressions")
}

/// Runs `property` on the saved regressions of `name`, then on `cases` generated inputs.
pub fn check<S>(
    name: &str,
    cases: u32,
    strategy: S,
    property: impl Fn(&S::Value) -> Result<(), String>,
) where
    S: Strategy,
    S::Value: Fixture,
{
    let mut replayed = 0;
    if let Ok(entries) = fs::read_dir(regressions_dir()) {
        for entry in entries.flatten() {
            let path = entry.path();
            let file = path.file_name().unwrap_or_default().to_string_lossy();
            if !file.starts_with(&format!("{name}-")) {
                continue;
            }
            let input = S::Value::from_bytes(&fs::read(&path).expect("a saved case"));
            if let Err(reason) = property(&input) {
                panic!(
                    "{name}: the saved case {} fails again: {reason}",
                    path.display()
                );
            }
            replayed += 1;
        }
    }
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &SEED));
    match runner.run(&strategy, |input| {
        property(&input).map_err(TestCaseError::fail)
    }) {
        Ok(()) => record(name, cases, replayed),
        Err(TestError::Fail(reason, minimal)) => {
            let path = save(name, &minimal);
            panic!(
                "{name}: {reason}\nthe shrunk case is saved as {}: {minimal:?}",
                path.display()
            );
        }
        Err(TestError::Abort(reason)) => panic!("{name}: stopped: {reason}"),
    }
}

fn save(name: &str, input: &impl Fixture) -> PathBuf {
    let bytes = input.to_bytes();
    // FNV-1a names the file after its content, so a case is saved once.
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    let path = regressions_dir().join(format!("{name}-{hash:016x}"));
    fs::create_dir_all(regressions_dir()).expect("tests/regressions");
    fs::write(&path, bytes).expect("the saved case");
    path
}

/// One line per property, which scripts/test.sh prints after the native layer.
fn record(name: &str, cases: u32, replayed: usize) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("generated-attacks");
    fs::create_dir_all(&dir).expect("the counts' folder");
    let line = format!("{name}: {cases} generated cases and {replayed} saved ones held\n");
    fs::write(dir.join(name), line).expect("the count");
}
