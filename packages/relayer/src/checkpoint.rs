//! The last fully handled L1 block, kept on disk so that a restart resumes right after it,
//! with the handled blocks just before it: after a reorg deeper than the confirmation depth
//! they tell where the old and the new chain part.
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

/// How many handled blocks the trail keeps: the deepest reorg the relayer resumes from.
pub const TRAIL_BLOCKS: usize = 256;

/// The handled blocks, oldest first, each the parent of the next; the last is the
/// checkpoint. Never empty, never longer than [`TRAIL_BLOCKS`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trail {
    blocks: Vec<Checkpoint>,
}

impl Trail {
    pub fn new(checkpoint: Checkpoint) -> Self {
        Self {
            blocks: vec![checkpoint],
        }
    }

    pub fn last(&self) -> Checkpoint {
        self.blocks[self.blocks.len() - 1]
    }

    pub fn blocks(&self) -> &[Checkpoint] {
        &self.blocks
    }

    /// Adds newly handled blocks, which follow the last one.
    pub fn extend(&mut self, handled: impl IntoIterator<Item = Checkpoint>) {
        self.blocks.extend(handled);
        let excess = self.blocks.len().saturating_sub(TRAIL_BLOCKS);
        self.blocks.drain(..excess);
    }

    /// Goes back to `block`, one of the trail's; `None` if it is not.
    pub fn rewind_to(&mut self, block: Checkpoint) -> Option<()> {
        let index = self.blocks.iter().position(|kept| *kept == block)?;
        self.blocks.truncate(index + 1);
        Some(())
    }
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

    /// The last handled block; `None` when no checkpoint was ever saved.
    pub fn load(&self) -> Result<Option<Checkpoint>, CheckpointError> {
        Ok(self.load_trail()?.map(|trail| trail.last()))
    }

    pub fn load_trail(&self) -> Result<Option<Trail>, CheckpointError> {
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
        let malformed = |source| CheckpointError::Malformed {
            path: self.path.clone(),
            source,
        };
        let trail: Trail = toml::from_str(&text).map_err(malformed)?;
        if trail.blocks.is_empty() || trail.blocks.len() > TRAIL_BLOCKS {
            return Err(malformed(serde::de::Error::custom(format!(
                "the trail holds {} blocks, not 1 to {TRAIL_BLOCKS}",
                trail.blocks.len()
            ))));
        }
        Ok(Some(trail))
    }

    pub fn save(&self, trail: &Trail) -> Result<(), CheckpointError> {
        let write_err = |source| CheckpointError::Write {
            path: self.path.clone(),
            source,
        };
        let text = toml::to_string(trail).expect("a trail always serialises");
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
        store.save(&Trail::new(first)).unwrap();
        let mut trail = Trail::new(first);
        trail.extend([second]);
        store.save(&trail).unwrap();
        assert_eq!(store.load().unwrap(), Some(second));
        assert_eq!(store.load_trail().unwrap(), Some(trail));
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
        fs::write(store.path(), "[[blocks]]\nnumber = 7\nhash = \"0x07").unwrap();
        assert!(matches!(
            store.load(),
            Err(CheckpointError::Malformed { .. })
        ));
        fs::write(store.path(), "blocks = []\n").unwrap();
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
            store.save(&Trail::new(checkpoint)),
            Err(CheckpointError::Write { .. })
        ));
    }

    fn block(number: u64) -> Checkpoint {
        Checkpoint {
            number,
            hash: B256::repeat_byte(number as u8),
        }
    }

    #[test]
    fn the_trail_keeps_the_newest_blocks_and_rewinds_to_one_of_them() {
        let mut trail = Trail::new(block(0));
        trail.extend((1..300).map(block));
        assert_eq!(trail.blocks().len(), TRAIL_BLOCKS);
        assert_eq!(trail.blocks()[0], block(300 - TRAIL_BLOCKS as u64));
        assert_eq!(trail.last(), block(299));

        assert_eq!(trail.rewind_to(block(250)), Some(()));
        assert_eq!(trail.last(), block(250));
        assert_eq!(trail.rewind_to(block(3)), None, "forgotten");
        assert_eq!(trail.rewind_to(block(251)), None, "rewound away");
        assert_eq!(trail.last(), block(250));
    }

    #[test]
    fn an_unreadable_place_is_a_read_error() {
        let store = store("dir");
        fs::create_dir(store.path()).unwrap();
        assert!(matches!(store.load(), Err(CheckpointError::Read { .. })));
    }
}
