//! Every list query pages with `start_after` and `limit`; no query returns an unbounded list.

pub const DEFAULT_LIMIT: u32 = 10;
pub const MAX_LIMIT: u32 = 100;

/// The number of entries a page holds: the caller's limit, capped at [`MAX_LIMIT`].
pub fn page_size(limit: Option<u32>) -> usize {
    limit.unwrap_or(DEFAULT_LIMIT).min(MAX_LIMIT) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_caps() {
        assert_eq!(page_size(None), 10);
        assert_eq!(page_size(Some(3)), 3);
        assert_eq!(page_size(Some(u32::MAX)), 100);
    }
}
