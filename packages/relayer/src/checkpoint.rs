//! The last fully handled L1 block, kept on disk so that a restart resumes right after it.
//!
//! The file is replaced atomically (a synced temporary file renamed over it), so a crash
//! leaves either the old checkpoint or the new one, never a torn one.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use alloy::primitives::B256;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// An L1 block by number and hash: the hash is what tells a reorganised chain apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub number: u64,
    pub hash: B256,
}

#[derive(Error, Debug)]
pub enum CheckpointError {
    #[error("cannot read the checkpoint {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("malformed checkpoint {path}: {source}")]
    Malformed {
        path: PathBuf,
        source: toml::de::Error,
    },
    #[error("cannot write the checkpoint {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

#[derive(Debug, Clone)]
pub struct CheckpointStore {
    path: PathBuf,
}

impl CheckpointStore {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `None` when no checkpoint was ever saved.
    pub fn load(&self) -> Result<Option<Checkpoint>, CheckpointError> {
        let text = match fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(CheckpointError::Read {
                    path: self.path.clone(),
                    source,
                })
            }
        };
        toml::from_str(&text)
            .map(Some)
            .map_err(|source| CheckpointError::Malformed {
                path: self.path.clone(),
                source,
            })
    }

    pub fn save(&self, checkpoint: &Checkpoint) -> Result<(), CheckpointError> {
        let write_err = |source| CheckpointError::Write {
            path: self.path.clone(),
            source,
        };
        let text = toml::to_string(checkpoint).expect("a checkpoint always serialises");
        let mut tmp = self.path.clone().into_os_string();
        tmp.push(".tmp");
        let tmp = PathBuf::from(tmp);
        let mut file = File::create(&tmp).map_err(write_err)?;
        file.write_all(text.as_bytes()).map_err(write_err)?;
        file.sync_all().map_err(write_err)?;
        fs::rename(&tmp, &self.path).map_err(write_err)?;
        // The rename itself is durable only once the directory is synced.
        if let Some(dir) = self.path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            File::open(dir)
                .and_then(|dir| dir.sync_all())
                .map_err(write_err)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(name: &str) -> CheckpointStore {
        let dir =
            std::env::temp_dir().join(format!("faro-checkpoint-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        CheckpointStore::new(dir.join("relayer.checkpoint"))
    }

    #[test]
    fn no_file_means_no_checkpoint() {
        assert_eq!(store("none").load().unwrap(), None);
    }

    #[test]
    fn a_saved_checkpoint_loads_back_and_replaces_the_old_one() {
        let store = store("roundtrip");
        let first = Checkpoint {
            number: 7,
            hash: B256::repeat_byte(7),
        };
        let second = Checkpoint {
            number: 8,
            hash: B256::repeat_byte(8),
        };
        store.save(&first).unwrap();
        store.save(&second).unwrap();
        assert_eq!(store.load().unwrap(), Some(second));
        let dir = store.path().parent().unwrap();
        assert_eq!(
            fs::read_dir(dir).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn a_torn_file_is_malformed_not_a_fresh_start() {
        let store = store("torn");
        fs::write(store.path(), "number = 7\nhash = \"0x07").unwrap();
        assert!(matches!(
            store.load(),
            Err(CheckpointError::Malformed { .. })
        ));
    }

    #[test]
    fn an_unwritable_place_is_a_write_error() {
        let store = CheckpointStore::new("/nonexistent/dir/relayer.checkpoint");
        let checkpoint = Checkpoint {
            number: 1,
            hash: B256::ZERO,
        };
        assert!(matches!(
            store.save(&checkpoint),
            Err(CheckpointError::Write { .. })
        ));
    }

    #[test]
    fn an_unreadable_place_is_a_read_error() {
        let store = store("dir");
        fs::create_dir(store.path()).unwrap();
        assert!(matches!(store.load(), Err(CheckpointError::Read { .. })));
    }
}
