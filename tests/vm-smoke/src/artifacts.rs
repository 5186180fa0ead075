//! The repository's `artifacts/` directory, as written by `scripts/build-wasm.sh`.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

pub fn dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../artifacts");
    dir.canonicalize().unwrap_or(dir)
}

/// The names of the built artifacts: `artifacts/<name>.wasm`.
pub fn names() -> BTreeSet<String> {
    let entries = fs::read_dir(dir()).unwrap_or_else(|err| panic!("reading {:?}: {err}", dir()));
    entries
        .map(|entry| entry.expect("reading artifacts/").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "wasm"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect()
}

pub fn load(name: &str) -> Vec<u8> {
    let path = dir().join(format!("{name}.wasm"));
    fs::read(&path).unwrap_or_else(|err| {
        panic!(
            "{}: {err}; build it with scripts/build-wasm.sh",
            path.display()
        )
    })
}
